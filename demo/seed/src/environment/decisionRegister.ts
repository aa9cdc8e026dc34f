import type { Random } from '../random';
import type { IsoDate } from '../types';
import type { Authority } from './approvalAuthority';
import { dayNumber } from './dayNumber';

interface Book {
  suffix: string;
  perYear: number;
  entries: { date: IsoDate; order: number; assign: (number: string) => void }[];
}

/**
 * Numbers documents the way an authority's outgoing register (sổ văn bản đi)
 * does: the count restarts each year and grows through it, so a decision of
 * December carries a larger number than one of March, and no number repeats
 * within an authority, form and year — across all the records that quote
 * the authority's documents. Entries are collected first and numbered
 * together by `close`, which keeps the numbering linear in their count.
 */
export class DecisionRegister {
  private readonly books = new Map<string, Book>();
  private order = 0;

  /**
   * Enters a document of `form` (QĐ, GXN, GP…) issued on `date` by an
   * authority that issues about `perYear` of them; `close` passes its
   * number, such as "2156/QĐ-STNMT", to `assign`.
   */
  enter(
    authority: Authority,
    form: string,
    date: IsoDate,
    perYear: number,
    assign: (number: string) => void,
  ): void {
    const key = `${authority.name}|${form}|${date.slice(0, 4)}`;
    let book = this.books.get(key);
    if (!book) {
      book = { suffix: `/${form}-${authority.code}`, perYear, entries: [] };
      this.books.set(key, book);
    }
    book.entries.push({ date, order: this.order++, assign });
  }

  /** Numbers every entry: in date order, at about the place its date takes in the year. */
  close(random: Random): void {
    for (const book of this.books.values()) {
      // the demo holds only some of an authority's documents; leave room for the others
      const capacity = Math.max(book.perYear, Math.ceil(book.entries.length * 1.5));
      book.entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
      let previous = 0;
      for (const { date, assign } of book.entries) {
        const elapsed = (dayNumber(date) - dayNumber(`${date.slice(0, 4)}-01-01`) + 1) / 366;
        const n = Math.max(previous + 1, Math.round(elapsed * capacity * random.float(0.9, 1.02)));
        previous = n;
        assign(`${n}${book.suffix}`);
      }
    }
    this.books.clear();
  }
}
