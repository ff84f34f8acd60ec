using BenchmarkDotNet.Running;
using KnowledgePay.Recommendations;

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

BenchmarkSwitcher.FromAssembly(typeof(TopKBenchmarks).Assembly).Run(args);
