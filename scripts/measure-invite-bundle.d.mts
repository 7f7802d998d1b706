export declare const INVITE_BUDGET_BYTES: number;
export declare function measureInviteBundle(): { files: string[]; raw: number; brotli: number; gzip: number };
