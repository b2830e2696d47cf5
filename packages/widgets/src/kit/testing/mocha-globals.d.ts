// The widgets' tests run under @web/test-runner's Mocha, whose globals have no type package in
// this workspace (@types/mocha is not installed). These declarations cover what the tests use;
// replace this file with `@types/mocha` when the package's dev dependencies are next updated.
type MochaDone = (error?: unknown) => void;
type MochaHook = (this: unknown, done: MochaDone) => void | Promise<unknown>;
type MochaTest = ((this: unknown) => void | Promise<unknown>) | MochaHook;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body?: MochaTest): void;
declare function before(body: MochaTest): void;
declare function after(body: MochaTest): void;
declare function beforeEach(body: MochaTest): void;
declare function afterEach(body: MochaTest): void;
