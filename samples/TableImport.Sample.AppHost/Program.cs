// The sample's local stack in an app host: the emulator (requiring a generated key, keeping its jobs in
// .tableimport/arize.db beside this file), and the sample registering its jobs with it once the API answers.
// A team's own app host needs the first line and WithReference/WaitFor on its app; the rest is optional.
var builder = DistributedApplication.CreateBuilder(args);

var arize = builder.AddTableImportEmulator("arize")
    .WithDataFile()
    .WithApiKey()
    .WithSpace("aspire-sample");

builder.AddProject<Projects.TableImport_Sample>("sample")
    .WithReference(arize)
    .WaitFor(arize);

builder.Build().Run();
