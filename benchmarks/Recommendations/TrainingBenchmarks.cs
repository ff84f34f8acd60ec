using BenchmarkDotNet.Attributes;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Training;

namespace KnowledgePay.Recommendations;

/// <summary>
/// One full training with the product's default options for each algorithm (examples, fitting, serving vectors,
/// training AUC) on synthetic behaviour over 10,000 courses. A run takes seconds to a minute: run it with the
/// monitoring strategy and one iteration (docs/benchmarks.md has the command).
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private RecommenderTrainingSet _data = null!;

    [Params(100_000, 1_000_000)]
    public int Interactions { get; set; }

    [GlobalSetup]
    public void Setup() => _data = SyntheticCatalogue.Behaviour(Interactions, courses: 10_000);

    [Benchmark]
    public long TrainWarp() => Train(RecommenderAlgorithm.Warp);

    [Benchmark]
    public long TrainFieldAwareFactorizationMachine() => Train(RecommenderAlgorithm.FieldAwareFactorizationMachine);

    private long Train(RecommenderAlgorithm algorithm) =>
        RecommenderTrainers.For(new TrainerOptions { Algorithm = algorithm }, TimeProvider.System)
            .Train(_data, version: 1, CancellationToken.None).Version;
}
