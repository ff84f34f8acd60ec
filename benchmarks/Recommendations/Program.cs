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
    var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    RecommenderTrainers.For(options, TimeProvider.System).Train(data, version: 1, CancellationToken.None);
    // Processor time beside the wall clock: on a shared machine it is the figure that other loads move least.
    Console.WriteLine($"{count} interactions, {options.Algorithm}: {stopwatch.Elapsed.TotalSeconds:F1} s, "
        + $"{(Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds:F1} s processor, "
        + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:F2} GB allocated");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TopKBenchmarks).Assembly).Run(args);
