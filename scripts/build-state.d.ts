// Types of build-state.js for the TypeScript that imports it (tests and benchmarks).
export declare const ROOT: string;
export declare const SERVER_STAMP: string;
export declare const WEB_STAMP: string;
export declare function serverStale(): boolean;
export declare function webStale(): boolean;
export declare function canBuild(): boolean;
