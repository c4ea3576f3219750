// @ts-nocheck
import type { Server } from "node:http";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __previewServer?: Server }).__previewServer;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}
