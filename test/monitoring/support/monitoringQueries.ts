export const INGEST = `mutation ($fileName: String!, $content: String!) {
  ingestMonitoringFile(fileName: $fileName, content: $content) { accepted duplicates exceedances }
}`;

export const REGISTER = `mutation ($input: RegisterMonitoringStationInput!) {
  registerMonitoringStation(input: $input) { id code kq kf coefficientsGiven column facility { id } }
}`;

export const EXCEEDANCES = `query ($id: ID!, $from: DateTime!, $to: DateTime!) {
  monitoringStation(id: $id) {
    exceedances(from: $from, to: $to) { parameter value limit factor measuredAt regulation station { code } }
  }
}`;

export const READINGS = `query ($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!, $resolution: Resolution) {
  monitoringStation(id: $id) {
    readings(parameter: $parameter, from: $from, to: $to, resolution: $resolution) { measuredAt value min max count status }
  }
}`;

export interface IngestAnswer {
  ingestMonitoringFile: { accepted: number; duplicates: number; exceedances: number };
}

export interface ExceedanceAnswer {
  monitoringStation: {
    exceedances: Array<{
      parameter: string;
      value: number;
      limit: number;
      factor: number;
      measuredAt: string;
      regulation: string;
      station: { code: string };
    }>;
  };
}

export interface ReadingsAnswer {
  monitoringStation: {
    readings: Array<{
      measuredAt: string;
      value: number;
      min: number | null;
      max: number | null;
      count: number;
      status: string | null;
    }>;
  };
}
