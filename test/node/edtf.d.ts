// The `edtf` package (a test oracle only) ships no types; what the tests use of it.
declare module 'edtf' {
  interface ExtDateTime {
    min: number;
    max: number | null;
  }
  export default function edtf(text: string): ExtDateTime;
}
