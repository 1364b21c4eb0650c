// Code fix providers for the TI diagnostics live in this assembly; the analyzers stay in
// TableImport.SourceGeneration, which must not depend on Workspaces (RS1038).
