/** src/shared/read-then-write.ts: one layout for many elements' read-then-change work. */
import {expect} from '@open-wc/testing';
import {readThenWrite} from '../src/shared/read-then-write.js';
import {nextFrame} from './helpers.js';

describe('readThenWrite', () => {
  it("runs every element's read before any change, before the next frame", async () => {
    const log: string[] = [];
    for (const element of ['first', 'second', 'third']) {
      readThenWrite(() => {
        log.push(`read ${element}`);
        return () => log.push(`change ${element}`);
      });
    }
    expect(log, 'nothing at once').to.deep.equal([]);
    await nextFrame();
    expect(log).to.deep.equal(['read first', 'read second', 'read third', 'change first', 'change second', 'change third']);
  });

  it('a read asked for during a change waits for the frame after', async () => {
    const log: string[] = [];
    readThenWrite(() => () => {
      log.push('change');
      readThenWrite(() => {
        log.push('later read');
        return () => log.push('later change');
      });
    });
    await nextFrame();
    expect(log).to.deep.equal(['change']);
    await nextFrame();
    expect(log).to.deep.equal(['change', 'later read', 'later change']);
  });

  it("a read or change that throws costs only its own element's: the others run, and the error is logged", async () => {
    const log: string[] = [];
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      readThenWrite(() => {
        throw new Error('broken read');
      });
      readThenWrite(() => () => {
        throw new Error('broken change');
      });
      readThenWrite(() => {
        log.push('read');
        return () => log.push('change');
      });
      await nextFrame();
    } finally {
      console.error = consoleError;
    }
    expect(log).to.deep.equal(['read', 'change']);
    expect(errors.map(([text, error]) => `${text} ${(error as Error).message}`)).to.deep.equal([
      'spa-scar-kit: an element could not measure or lay itself out; the others go on. broken read',
      'spa-scar-kit: an element could not measure or lay itself out; the others go on. broken change',
    ]);
    // The queue is not left stuck: the next frame's work runs.
    readThenWrite(() => () => log.push('next frame'));
    await nextFrame();
    expect(log).to.deep.equal(['read', 'change', 'next frame']);
  });
});
