export const CONTENT_SECURITY_POLICY: string;
export function startDemoPortal(options?: { port?: number; host?: string; today?: Date }): Promise<{ url: string; close(): Promise<void> }>;
