/** The part of autocannon 8's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  interface AutocannonOptions {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    readonly overallRate?: number;
    readonly method?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly timeout?: number;
  }
  interface Histogram {
    readonly average: number;
    readonly p50: number;
    readonly p90: number;
    readonly p97_5: number;
    readonly p99: number;
    readonly max: number;
  }
  interface AutocannonResult {
    readonly latency: Histogram;
    readonly requests: Histogram & { readonly total: number };
    readonly non2xx: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly duration: number;
  }
  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
