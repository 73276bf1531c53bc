/** Type-checks a consumer project with its own tsconfig, through the TypeScript compiler API. */
import ts from "typescript";

export interface CompileResult {
  /** Every error, as "file:line: message" with the full message chain. */
  errors: { file: string; line: number; text: string }[];
  /** Every file the program loaded (to see which declarations a resolution picked). */
  files: string[];
}

export function compileProject(tsconfigPath: string, transform?: (text: string) => string): CompileResult {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!config) throw new Error(`cannot read ${tsconfigPath}`);
  const host = ts.createCompilerHost(config.options);
  if (transform) {
    const roots = new Set(config.fileNames);
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      if (!roots.has(fileName)) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
      return ts.createSourceFile(fileName, transform(ts.sys.readFile(fileName) ?? ""), languageVersion);
    };
  }
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  const errors = [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((diagnostic) => {
    const position =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
        : undefined;
    return {
      file: diagnostic.file?.fileName ?? tsconfigPath,
      line: position ? position.line : -1,
      text: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    };
  });
  return { errors, files: program.getSourceFiles().map((file) => file.fileName) };
}
