/** Node arguments that start a Hearth server process (see server-command.mjs). */
export declare const serverNodeArgs: readonly string[];
