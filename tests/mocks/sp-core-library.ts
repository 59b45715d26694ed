// A small stand-in for @microsoft/sp-core-library: what the web part classes use.
export class Version {
  public constructor(public readonly major: number, public readonly minor: number, public readonly patch: number) {}
  public static parse(value: string): Version {
    const [major = 0, minor = 0, patch = 0] = value.split('.').map(Number);
    return new Version(major, minor, patch);
  }
  public toString(): string {
    return `${this.major}.${this.minor}.${this.patch}`;
  }
}

export enum EnvironmentType { Test = 0, Local = 1, SharePoint = 2, ClassicSharePoint = 3 }
export enum DisplayMode { Read = 1, Edit = 2 }

export const Environment = { type: EnvironmentType.Test };

export const Log = {
  info: (): void => undefined,
  warn: (): void => undefined,
  error: (): void => undefined,
  verbose: (): void => undefined
};
