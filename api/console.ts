import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { compressedAssets, PRECOMPRESSED, type PrecompressedEncoding } from './console-assets';

/** Paths the console never answers, even for a browser asking for HTML: they belong to the API and operations. */
const RESERVED = /^\/(api|agent)(\/|$)|^\/(healthz|readyz|metrics|openapi\.json)$/;
/** Hashed file names under /assets never change: cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Where the console's static build is: `console/dist` beside the sources (`tsx main.ts`)
 * or one folder up from the compiled `dist/main.js`; null when it was not built.
 */
export function findConsoleBuild(fromDir: string): string | null {
  const candidates = [path.join(fromDir, 'console', 'dist'), path.join(fromDir, '..', 'console', 'dist')];
  return candidates.find((candidate) => existsSync(path.join(candidate, 'index.html'))) ?? null;
}

/**
 * Serves the web console at `/`: its files, and index.html for any other GET that is not
 * reserved (the console's own routes, e.g. /equipment/42, reloaded in the browser).
 * Without a build, `/` says how to make one.
 */
export function consoleRouter(buildDir: string | null): Router {
  const router = express.Router();
  if (!buildDir) {
    router.get('/', (_req, res) => {
      res.status(404).type('text/plain').send('The web console is not built: run `npm run build` (or `npm start`), then reload.\n');
    });
    return router;
  }
  const indexFile = path.join(buildDir, 'index.html');
  const cacheControl = (file: string) => (file.startsWith(path.join(buildDir, 'assets')) ? IMMUTABLE : 'no-cache');
  const compressed = compressedAssets(buildDir);
  /** Sends a build file, as its .br or .gz copy when there is one the browser accepts. */
  const sendAsset = (req: Request, res: Response, next: NextFunction, file: string, copies: Partial<Record<PrecompressedEncoding, string>> | undefined) => {
    // Ours first (brotli is smaller), not the header's order: browsers list "gzip, deflate, br" at equal weight.
    const encoding = PRECOMPRESSED.find(({ encoding }) => copies?.[encoding] && req.acceptsEncodings(encoding))?.encoding;
    const copy = encoding && copies?.[encoding];
    if (copies) {
      // The same URL answers different bytes by Accept-Encoding: caches must key on it.
      res.vary('Accept-Encoding');
    }
    res.setHeader('Cache-Control', cacheControl(file));
    if (copy) {
      res.setHeader('Content-Encoding', encoding);
      res.type(path.extname(file));
    }
    res.sendFile(copy ?? file, (error) => error && next(error));
  };
  router.use((req: Request, res: Response, next: NextFunction) => {
    const copies = req.method === 'GET' || req.method === 'HEAD' ? compressed.get(req.path) : undefined;
    if (!copies) {
      next();
      return;
    }
    sendAsset(req, res, next, path.join(buildDir, ...req.path.split('/')), copies);
  });
  router.use(
    express.static(buildDir, {
      index: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControl(file)),
    }),
  );
  router.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && !RESERVED.test(req.path) && !path.extname(req.path) && req.accepts(['html', 'json']) === 'html';
    if (!wantsPage) {
      next();
      return;
    }
    sendAsset(req, res, next, indexFile, compressed.get('/index.html'));
  });
  return router;
}
