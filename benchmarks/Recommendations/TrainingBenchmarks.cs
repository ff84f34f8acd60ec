using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgePay.Application.Recommendations.Training;
using KnowledgePay.Infrastructure.Recommendations;

namespace KnowledgePay.Recommendations;

/// <summary>
/// One full training (examples, ML.NET FFM with the product's default options, folding, training AUC) on synthetic
/// behaviour over 10,000 courses. Each run takes seconds to a minute, so it is measured once per launch.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private RecommenderTrainingSet _data = null!;

    [Params(100_000, 1_000_000)]
    public int Interactions { get; set; }

    [GlobalSetup]
    public void Setup() => _data = SyntheticCatalogue.Behaviour(Interactions, courses: 10_000);

    [Benchmark]
    public long Train() =>
        new FactorizationMachineRecommenderTrainer(new RecommenderOptions(), TimeProvider.System)
            .Train(_data, version: 1, CancellationToken.None).Version;
}
