CREATE TABLE "regulation_sectors" (
	"regulation_code" text NOT NULL,
	"sector_code" text NOT NULL,
	CONSTRAINT "regulation_sectors_pkey" PRIMARY KEY("regulation_code","sector_code")
);
--> statement-breakpoint
DROP INDEX "regulations_station_kind_effective_from_key";--> statement-breakpoint
ALTER TABLE "monitoring_stations" ADD COLUMN "kp" double precision;--> statement-breakpoint
ALTER TABLE "monitoring_stations" ADD COLUMN "kv" double precision;--> statement-breakpoint
ALTER TABLE "regulations" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "regulations" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "regulation_sectors" ADD CONSTRAINT "regulation_sectors_regulation_code_regulations_code_fk" FOREIGN KEY ("regulation_code") REFERENCES "public"."regulations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regulation_sectors_sector_code_idx" ON "regulation_sectors" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "regulations_station_kind_effective_from_idx" ON "regulations" USING btree ("station_kind","effective_from");--> statement-breakpoint
ALTER TABLE "monitoring_stations" ADD CONSTRAINT "monitoring_stations_stack_gas_check" CHECK (("monitoring_stations"."kp" is null or "monitoring_stations"."kp" > 0) and ("monitoring_stations"."kv" is null or "monitoring_stations"."kv" > 0) and ("monitoring_stations"."kind" = 'STACK_GAS' or ("monitoring_stations"."kp" is null and "monitoring_stations"."kv" is null)));--> statement-breakpoint
ALTER TABLE "regulations" ADD CONSTRAINT "regulations_valid_to_check" CHECK ("regulations"."valid_to" is null or "regulations"."valid_to" > "regulations"."effective_from");--> statement-breakpoint
-- Reference data for the sector standards and stack gas. Each limit row names its document, table
-- and column and how sure the figure is: the public texts were consulted through third-party copies
-- whose tables were not all legible, so a row marked "recalled" is to be checked against the
-- official text before a decision rests on it (a correction is an UPDATE of one row).
UPDATE "regulations" SET "source" = 'Thông tư 47/2011/TT-BTNMT, QCVN 40:2011/BTNMT Bảng 1' WHERE "code" = 'QCVN 40:2011/BTNMT';
--> statement-breakpoint
INSERT INTO "regulations" ("code", "title", "issued_by", "station_kind", "effective_from", "source") VALUES
  ('QCVN 12-MT:2015/BTNMT', 'Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp giấy và bột giấy', 'Thông tư 12/2015/TT-BTNMT', 'WASTEWATER', '2015-06-01',
   'Thông tư 12/2015/TT-BTNMT ngày 31/3/2015, Điều 2: hiệu lực từ 01/6/2015; QCVN 12-MT:2015/BTNMT mục 2.1 (Cmax = C × Kq × Kf), Bảng 1'),
  ('QCVN 13-MT:2015/BTNMT', 'Quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp dệt nhuộm', 'Thông tư 13/2015/TT-BTNMT', 'WASTEWATER', '2016-01-01',
   'Thông tư 13/2015/TT-BTNMT ngày 31/3/2015; QCVN 13-MT:2015/BTNMT mục 2.1.1 (Cmax = C × Kq × Kf; pH và nguồn tiếp nhận là hệ thống thoát nước đô thị: Cmax = C), Bảng 1 giá trị cho cơ sở mới, áp dụng cho mọi cơ sở từ 01/01/2020'),
  ('QCVN 19:2009/BTNMT', 'Quy chuẩn kỹ thuật quốc gia về khí thải công nghiệp đối với bụi và các chất vô cơ', 'Thông tư 25/2009/TT-BTNMT', 'STACK_GAS', '2010-01-01',
   'Thông tư 25/2009/TT-BTNMT ngày 16/11/2009; QCVN 19:2009/BTNMT mục 2.1 (Cmax = C × Kp × Kv), Bảng 1 (cột B áp dụng cho mọi cơ sở từ 01/01/2015), Bảng 2 (Kp), Bảng 3 (Kv)');
--> statement-breakpoint
-- QCVN 12-MT:2015 §1.3: the effluent of pulp and paper mills: VSIC 1701 (pulp, paper and paperboard).
-- 1702 (corrugated board and containers made from paper) converts paper and is left to QCVN 40.
-- QCVN 13-MT:2015 §1.3.1: the effluent of mills that use wet processing to make textiles: VSIC 1313
-- (finishing, i.e. dyeing). Spinning (1311) and weaving (1312) without their own dyeing stay on QCVN 40.
INSERT INTO "regulation_sectors" ("regulation_code", "sector_code") VALUES
  ('QCVN 12-MT:2015/BTNMT', '1701'),
  ('QCVN 13-MT:2015/BTNMT', '1313');
--> statement-breakpoint
-- Only the parameters an automatic station measures (the catalog of 0006): AOX and dioxin of QCVN
-- 12-MT:2015 and the surfactants of QCVN 13-MT:2015 are sampled and analysed, never streamed.
-- QCVN 12-MT:2015 Bảng 1 has columns A, B1 (pulp and integrated pulp-and-paper mills) and B2
-- (paper mills); the hub's column B is B2, the paper mills Hanoi has.
INSERT INTO "regulation_limits" ("regulation_code", "parameter_id", "qcvn_column", "kind", "min_value", "max_value", "scaled", "source") VALUES
  ('QCVN 12-MT:2015/BTNMT', 1, 'A', 'MAX', NULL, 40, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 1, 'B', 'MAX', NULL, 40, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 3, 'A', 'RANGE', 6, 9, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 3, 'B', 'RANGE', 5.5, 9, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 4, 'A', 'MAX', NULL, 30, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 4, 'B', 'MAX', NULL, 50, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 5, 'A', 'MAX', NULL, 75, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 5, 'B', 'MAX', NULL, 150, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled (B1: 200)'),
  ('QCVN 12-MT:2015/BTNMT', 6, 'A', 'MAX', NULL, 50, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 6, 'B', 'MAX', NULL, 100, true, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 2, 'A', 'MAX', NULL, 50, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 12-MT:2015/BTNMT', 2, 'B', 'MAX', NULL, 150, false, 'QCVN 12-MT:2015/BTNMT Bảng 1, cột B2; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 1, 'A', 'MAX', NULL, 40, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled; mục 2.1.2 exempts only pH from Kq, Kf'),
  ('QCVN 13-MT:2015/BTNMT', 1, 'B', 'MAX', NULL, 40, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled; mục 2.1.2 exempts only pH from Kq, Kf'),
  ('QCVN 13-MT:2015/BTNMT', 3, 'A', 'RANGE', 6, 9, false, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; mục 2.1.2: pH không nhân Kq, Kf'),
  ('QCVN 13-MT:2015/BTNMT', 3, 'B', 'RANGE', 5.5, 9, false, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; mục 2.1.2: pH không nhân Kq, Kf'),
  ('QCVN 13-MT:2015/BTNMT', 2, 'A', 'MAX', NULL, 50, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled; scaled: mục 2.1.2 exempts only pH'),
  ('QCVN 13-MT:2015/BTNMT', 2, 'B', 'MAX', NULL, 150, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled; scaled: mục 2.1.2 exempts only pH'),
  ('QCVN 13-MT:2015/BTNMT', 4, 'A', 'MAX', NULL, 30, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 4, 'B', 'MAX', NULL, 50, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled, matches secondary summaries'),
  ('QCVN 13-MT:2015/BTNMT', 5, 'A', 'MAX', NULL, 75, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 5, 'B', 'MAX', NULL, 150, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled, matches secondary summaries'),
  ('QCVN 13-MT:2015/BTNMT', 6, 'A', 'MAX', NULL, 50, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 6, 'B', 'MAX', NULL, 100, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 18, 'A', 'MAX', NULL, 0.07, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 18, 'B', 'MAX', NULL, 0.1, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 11, 'A', 'MAX', NULL, 0.05, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột A; recalled'),
  ('QCVN 13-MT:2015/BTNMT', 11, 'B', 'MAX', NULL, 0.1, true, 'QCVN 13-MT:2015/BTNMT Bảng 1, cơ sở mới, cột B; recalled'),
  ('QCVN 19:2009/BTNMT', 51, 'A', 'MAX', NULL, 400, true, 'QCVN 19:2009/BTNMT Bảng 1, cột A (cơ sở hoạt động trước 17/10/2007, đến 31/12/2014); recalled'),
  ('QCVN 19:2009/BTNMT', 51, 'B', 'MAX', NULL, 200, true, 'QCVN 19:2009/BTNMT Bảng 1, cột B; confirmed by a secondary source'),
  ('QCVN 19:2009/BTNMT', 52, 'A', 'MAX', NULL, 1500, true, 'QCVN 19:2009/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 19:2009/BTNMT', 52, 'B', 'MAX', NULL, 500, true, 'QCVN 19:2009/BTNMT Bảng 1, cột B; confirmed by a secondary source'),
  ('QCVN 19:2009/BTNMT', 53, 'A', 'MAX', NULL, 1000, true, 'QCVN 19:2009/BTNMT Bảng 1, cột A (tính theo NO2); recalled'),
  ('QCVN 19:2009/BTNMT', 53, 'B', 'MAX', NULL, 850, true, 'QCVN 19:2009/BTNMT Bảng 1, cột B (tính theo NO2); confirmed by a secondary source'),
  ('QCVN 19:2009/BTNMT', 54, 'A', 'MAX', NULL, 1000, true, 'QCVN 19:2009/BTNMT Bảng 1, cột A; recalled'),
  ('QCVN 19:2009/BTNMT', 54, 'B', 'MAX', NULL, 1000, true, 'QCVN 19:2009/BTNMT Bảng 1, cột B; confirmed by a secondary source');
