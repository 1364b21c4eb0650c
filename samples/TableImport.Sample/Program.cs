using TableImport.Sample;

// Registers this app's jobs with its Arize space, then lists the space. With no TableImport__Endpoint set, it
// starts the local emulator first, so it runs with no Arize account and no network.
return await SampleApp.RunAsync(args, Console.Out);
