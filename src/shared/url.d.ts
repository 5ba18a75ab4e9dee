/**
 * The WHATWG URL parser exists in every host the core runs in (Node, Chromium windows and workers);
 * its minimal shape is declared here rather than pulling in DOM or Node types (like text-codec.d.ts).
 */
declare class URL {
  constructor(input: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
}
