// The rule engine (src/TableImport/Rules), the warehouse type table (src/TableImport/Warehouse/WarehouseColumnTypes.cs) and the column namer (src/TableImport/Naming),
// all linked into this project, are written against the runtime's enums. The generator cannot load the runtime library, so here those names stand for its mirrors, which have the same members
// with the same values (attribute arguments arrive as those numbers).
global using ModelType = TableImport.SourceGeneration.Model.ModelTypeValue;
global using ModelEnvironment = TableImport.SourceGeneration.Model.EnvironmentValue;
global using TableStore = TableImport.SourceGeneration.Model.StoreValue;
global using WarehouseDialect = TableImport.SourceGeneration.Model.WarehouseDialectValue;
global using ColumnNaming = TableImport.SourceGeneration.Model.NamingValue;
global using TableImport.Rules;
