using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgePay.Recommendations;
using KnowledgePay.Recommender.Training;

// `memory` prints the managed memory one served model takes per 100,000 courses; anything else goes to BenchmarkDotNet
// (e.g. `--filter *TopK*`). Commands and results: docs/benchmarks.md.
if (args is ["memory"])
{
    const int Courses = 100_000;
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var model = SyntheticCatalogue.Model(Courses);
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"{Courses} courses, dimension {model.Dimension}: {(after - before) / (1024.0 * 1024.0):F1} MiB managed, "
        + $"of which course vectors {model.CourseVectors.Length * sizeof(float) / (1024.0 * 1024.0):F1} MiB");
    GC.KeepAlive(model);
    return;
}

// `train <interactions> <algorithm>` times one training and its allocations: BenchmarkDotNet's in-process toolchain
// gives up on runs over five minutes, and its out-of-process one cannot find this project by its assembly name.
if (args is ["train", var count, var algorithm])
{
    var data = SyntheticCatalogue.Behaviour(int.Parse(count, CultureInfo.InvariantCulture), courses: 10_000);
    var options = new TrainerOptions { Algorithm = Enum.Parse<RecommenderAlgorithm>(algorithm, ignoreCase: true) };
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var stopwatch = Stopwatch.StartNew();
    RecommenderTrainers.For(options, TimeProvider.System).Train(data, version: 1, CancellationToken.None);
    Console.WriteLine($"{count} interactions, {options.Algorithm}: {stopwatch.Elapsed.TotalSeconds:F1} s, "
        + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:F2} GB allocated");
    return;
}

// `train-threads <interactions> <runs>` times WARP with one thread and with every core, alternately, on the same data:
// on a shared machine only the ratio of neighbouring runs means much.
if (args is ["train-threads", var interactions, var runs])
{
    var data = SyntheticCatalogue.Behaviour(int.Parse(interactions, CultureInfo.InvariantCulture), courses: 10_000);
    for (var run = 0; run < int.Parse(runs, CultureInfo.InvariantCulture); run++)
    {
        var seconds = new[] { 1, Environment.ProcessorCount }.Select(threads =>
        {
            var stopwatch = Stopwatch.StartNew();
            RecommenderTrainers.For(new TrainerOptions { TrainingThreads = threads }, TimeProvider.System)
                .Train(data, version: 1, CancellationToken.None);
            return stopwatch.Elapsed.TotalSeconds;
        }).ToArray();
        Console.WriteLine($"{interactions} interactions, WARP: 1 thread {seconds[0]:F1} s, {Environment.ProcessorCount} threads "
            + $"{seconds[1]:F1} s, speed-up {seconds[0] / seconds[1]:F2} x");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TopKBenchmarks).Assembly).Run(args);
