// The parts of the `edtf` package (ISO 8601-2 parser) that Dossier uses; the package ships no types.
declare module 'edtf' {
  interface ExtendedDate {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Decade' | 'Century';
    /** 1 year, 2 month, 3 day; 0 or undefined when a time is given or not applicable. */
    readonly precision?: number;
    /** First and last millisecond the value covers; ±Infinity for open intervals. */
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  export default function edtf(text: string): ExtendedDate;
}
