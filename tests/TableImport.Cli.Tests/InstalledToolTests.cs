using System.Text.Json;
using TableImport.Cli.Tests.Infrastructure;
using TableImport.Emulator;
using TableImport.Sample.Jobs;

namespace TableImport.Cli.Tests;

/// <summary>
/// The acceptance of the tool, run as a user runs it: the packed and installed <c>tableimport</c> as a process, against
/// the emulator that same tool starts, with the sample application (its built TableImport.Sample.dll) as the app.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class InstalledToolTests(InstalledTool tool)
{
    private static readonly string[] SampleModels =
        [CardFraudScore.TableImportJob.ModelName, DeliveryTimeEstimate.TableImportJob.ModelName, SearchRanking.TableImportJob.ModelName];

    [Fact]
    public void Plan_apply_plan_then_list_and_pause_against_the_emulator_the_tool_starts()
    {
        using var emulator = tool.StartEmulator();
        var space = Settings(emulator.Endpoint, "cli-" + Guid.NewGuid().ToString("N")[..8]);
        var app = Repository.SampleAssembly;

        var plan = tool.Run(space, "plan", "--assembly", app);
        Assert.True(plan.ExitCode == 2, plan.ToString());
        Assert.Equal(3, Lines(plan.Output).Count(l => l.TrimStart().StartsWith("+ create", StringComparison.Ordinal)));
        Assert.All(SampleModels, model => Assert.Contains($"'{model}'", plan.Output, StringComparison.Ordinal));
        Assert.Contains("Plan: 3 to create, 0 to update, 0 unchanged, 0 cannot change, 0 invalid", plan.Output, StringComparison.Ordinal);

        var apply = tool.Run(space, "apply", "--assembly", app);
        Assert.True(apply.ExitCode == 0, apply.ToString());
        Assert.Contains("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", apply.Output, StringComparison.Ordinal);

        var again = tool.Run(space, "plan", "--assembly", app);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Plan: 0 to create, 0 to update, 3 unchanged, 0 cannot change, 0 invalid", again.Output, StringComparison.Ordinal);

        var list = tool.Run(space, "jobs", "list", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        var jobs = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(SampleModels.Order(), jobs.Select(j => j.GetProperty("modelName").GetString()).Order());
        Assert.All(jobs, j => Assert.Equal("active", j.GetProperty("jobStatus").GetString()));

        var paused = jobs.Single(j => j.GetProperty("modelName").GetString() == CardFraudScore.TableImportJob.ModelName).GetProperty("jobId").GetString()!;
        var pause = tool.Run(space, "jobs", "pause", paused);
        Assert.True(pause.ExitCode == 0, pause.ToString());
        var after = JsonDocument.Parse(tool.Run(space, "jobs", "list", "--json").Output).RootElement.EnumerateArray()
            .ToDictionary(j => j.GetProperty("jobId").GetString()!, j => j.GetProperty("jobStatus").GetString());
        Assert.Equal("inactive", after[paused]);
        Assert.Equal(2, after.Values.Count(s => s == "active"));

        // Registration leaves a paused job paused: the plan still has nothing to do.
        Assert.Equal(0, tool.Run(space, "plan", "--assembly", app).ExitCode);

        var doctor = tool.Run(space, "doctor");
        Assert.True(doctor.ExitCode == 0, doctor.ToString());
        Assert.Contains("doctor: every check passed", doctor.Output, StringComparison.Ordinal);

        var delete = tool.Run(space, "jobs", "delete", paused);
        Assert.Equal(1, delete.ExitCode);
        Assert.Contains("no terminal to confirm on", delete.Error, StringComparison.Ordinal);
        Assert.Equal("inactive", JsonDocument.Parse(tool.Run(space, "jobs", "get", paused, "--json").Output).RootElement.GetProperty("jobStatus").GetString());
    }

    [Fact]
    public void Doctor_names_a_refused_key_and_never_prints_it()
    {
        var required = "required-" + Guid.NewGuid().ToString("N");
        var wrong = "wrong-" + Guid.NewGuid().ToString("N");
        using var emulator = tool.StartEmulator("--api-key", required);
        var settings = Settings(emulator.Endpoint, "doctor");
        settings["TableImport__ApiKey"] = wrong;

        var doctor = tool.Run(settings, "doctor", "--verbose");

        Assert.True(doctor.ExitCode == 1, doctor.ToString());
        Assert.Contains("the API key was refused (HTTP 401)", doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, doctor.All, StringComparison.Ordinal);
        Assert.DoesNotContain(required, doctor.All, StringComparison.Ordinal);

        settings["TableImport__ApiKey"] = required;
        var passing = tool.Run(settings, "doctor");
        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.DoesNotContain(required, passing.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_names_the_field_a_server_lacks_and_the_operations_that_need_it()
    {
        // The emulator's schema without TableImportJob.totalQueriesPendingCount, which every job the client reads selects.
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            EditSchema = sdl => WithoutLine(sdl, "totalQueriesPendingCount: Int!"),
        });

        var doctor = tool.Run(Settings(emulator.GraphQLEndpoint, "lacking"), "doctor");

        Assert.True(doctor.ExitCode == 1, doctor.ToString());
        var missing = Assert.Single(Lines(doctor.Output), l => l.Contains("missing ", StringComparison.Ordinal));
        Assert.Contains("missing field TableImportJob.totalQueriesPendingCount: needed by ", missing, StringComparison.Ordinal);
        Assert.All(["FindJob", "GetJob", "ListJobs"], operation => Assert.Contains(operation, missing, StringComparison.Ordinal));
        Assert.DoesNotContain("PauseJob", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_fails_on_a_rule_the_apps_build_silenced()
    {
        var app = tool.NewFolder("silenced");
        File.WriteAllText(Path.Combine(app, "nuget.config"), DotNetCli.LocalFeedConfig(tool.Feed));
        File.WriteAllText(Path.Combine(app, "Silenced.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TableImport" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        // Arize refuses a training job with no actual column (TI0008); this build says nothing about it.
        File.WriteAllText(Path.Combine(app, ".editorconfig"), """
            root = true
            [*.cs]
            dotnet_diagnostic.TI0008.severity = none
            """);
        File.WriteAllText(Path.Combine(app, "ChurnTraining.cs"), """
            using System;
            using TableImport;

            namespace Silenced;

            [TableImportJob("churn", ModelType.ScoreCategorical, ModelEnvironment.Training)]
            [BigQueryTable("acme", "ml", "churn_training")]
            public partial class ChurnTraining
            {
                [PredictionId]        public string Id { get; set; } = "";
                [PredictionLabel]     public string Churned { get; set; } = "";
                [PredictionTimestamp] public DateTime ScoredAt { get; set; }
                [ChangeTimestamp]     public DateTime ChangedAt { get; set; }
            }
            """);
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = tool.Packages };
        ChildProcess.RunOk(ChildProcess.DotNet, ["build", "-c", "Release", "-o", Path.Combine(app, "out")], environment, InstalledTool.Timeout, app);

        var validate = tool.Run(new Dictionary<string, string?>(), "validate", "--assembly", Path.Combine(app, "out", "Silenced.dll"));

        Assert.True(validate.ExitCode == 1, validate.ToString());
        var line = Assert.Single(Lines(validate.Output), l => l.Contains("TI0008", StringComparison.Ordinal));
        Assert.StartsWith("Silenced.ChurnTraining: error TI0008 at schema.", line, StringComparison.Ordinal);
        Assert.Contains("(ScoreCategorical model, Training environment) cannot be imported", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_the_sample_passes_offline()
    {
        // No endpoint at all: validate sends nothing.
        var validate = tool.Run(new Dictionary<string, string?> { ["TableImport__Endpoint"] = "http://127.0.0.1:9/graphql" }, "validate", "--assembly", Repository.SampleAssembly);

        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("3 jobs in TableImport.Sample.dll: 0 errors", validate.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(Uri endpoint, string space) => new()
    {
        ["TableImport__Endpoint"] = endpoint.ToString(),
        ["TableImport__SpaceId"] = space,
    };

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string WithoutLine(string sdl, string text)
    {
        var lines = sdl.Split('\n');
        Assert.Single(lines, l => l.Contains(text, StringComparison.Ordinal));
        return string.Join('\n', lines.Where(l => !l.Contains(text, StringComparison.Ordinal)));
    }
}
