/** A configuration the server or CLI refuses to start with; its message is shown as is. */
export class ConfigError extends Error {}
