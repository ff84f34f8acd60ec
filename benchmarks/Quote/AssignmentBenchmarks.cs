using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KnowledgePay.Application;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Experiments.Queries.GetExperimentVariant;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Infrastructure;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgePay.Quote;

/// <summary>
/// What assigning one user to an experiment costs: the bucket hash alone, hash + variant pick (a layered experiment hashes
/// twice), and the path a repeat <c>experimentVariant</c> request takes in process over the seeded embedded SQLite
/// database (one DI scope, the experiment read by key, the exposure found in memory).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class AssignmentBenchmarks
{
    private readonly Guid _user = Guid.CreateVersion7();
    private Experiment _experiment = null!;
    private Experiment _layered = null!;
    private ServiceProvider _services = null!;
    private DirectoryInfo _folder = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var variants = new List<ExperimentVariant> { new("control", 50, null, null), new("b", 30, null, null), new("c", 20, null, null) };
        _experiment = Experiment.Draft("bench", new ExperimentDefinition("Bench", ExperimentSurface.CoursePage, variants, ExperimentMetric.Conversion, 7), DateTimeOffset.UtcNow, null);
        _experiment.Start(DateTimeOffset.UtcNow);
        _layered = Experiment.Draft(
            "bench-layered",
            new ExperimentDefinition("Bench", ExperimentSurface.CoursePage, variants, ExperimentMetric.Conversion, 7, Layer: "home", LayerSharePercent: 100),
            DateTimeOffset.UtcNow,
            null);
        _layered.Start(DateTimeOffset.UtcNow, []);

        _folder = Directory.CreateTempSubdirectory("kp-assignment-bench");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder.FullName, "bench.db")}",
            ["Database:SeedDemoData"] = "true",
        });
        builder.Services.AddLogging();
        builder.AddApplicationServices();
        builder.AddInfrastructureServices();
        builder.Services.AddScoped<ICurrentUser, Buyer>();
        builder.Services.AddSingleton<IClientPlatform, UnreportedPlatform>();
        _services = builder.Services.BuildServiceProvider();
        await _services.InitialiseDatabaseAsync();
        await using var scope = _services.CreateAsyncScope();
        Buyer.UserId = await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().ExperimentExposures.Select(x => x.UserId).FirstAsync();
        await VariantRequestAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Benchmark(Baseline = true, Description = "bucket: SHA-256(salt:user) mod 10,000")]
    public int Bucket() => ExperimentBuckets.Of(_experiment.Salt, _user);

    [Benchmark(Description = "assign: hash + variant by cumulative weights")]
    public string Assign() => _experiment.Assign(_user)!.Key;

    [Benchmark(Description = "assign in a layer: two hashes + variant")]
    public string AssignLayered() => _layered.Assign(_user)!.Key;

    [Benchmark(Description = "experimentVariant, exposed user, in process (scope + experiment read + cached exposure)")]
    public async Task<string> VariantRequestAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var variant = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetExperimentVariantQuery("demo-course-price"));
        return variant is { Exposed: true } ? variant.VariantKey : throw new InvalidOperationException("The demo learner is not exposed.");
    }

    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
