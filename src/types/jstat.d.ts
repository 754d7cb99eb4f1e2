// The parts of the `jstat` package (statistical distributions) that Dossier uses; the package ships no types.
declare module 'jstat' {
  interface Distribution2 {
    /** The quantile function: the value below which a share `p` of the distribution lies. */
    inv(p: number, a: number, b: number): number;
    cdf(x: number, a: number, b: number): number;
  }
  const jstat: {
    jStat: {
      beta: Distribution2;
      normal: Distribution2;
    };
  };
  export default jstat;
}
