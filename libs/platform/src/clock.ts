import { Injectable } from '@nestjs/common';

/** Time is a dependency: stale-lead and certificate-expiry rules read it from here so tests can move it. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test-only: shift the clock forward (or back). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** Asia/Shanghai calendar date (YYYY-MM-DD) of an instant: dates in rules are the park's local dates. */
export function shanghaiDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
