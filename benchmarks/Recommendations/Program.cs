using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgePay.Recommendations;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
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

// `train <interactions> <algorithm|a|b> [threads] [rated share]` times one training, its phases and its allocations: an
// algorithm with the product's default options, or the served accuracy blend of protocol (a) or (b) (ServedBlends; b's
// learners also rate what they take: every pair by default, or the given share of the pairs, as with reviews).
// BenchmarkDotNet's in-process toolchain gives up on runs over five minutes, and its out-of-process one cannot find this
// project by its assembly name.
if (args is ["train", var count, var algorithm, ..] && args.Length <= 5)
{
    var named = ServedBlends.Named(algorithm);
    var ratedShare = args.Length == 5 ? double.Parse(args[4], CultureInfo.InvariantCulture) : named.PersonalRatingWeight > 0 ? 1 : 0;
    var data = SyntheticCatalogue.Behaviour(int.Parse(count, CultureInfo.InvariantCulture), courses: 10_000, ratedShare: ratedShare);
    var options = named with
    {
        TrainingThreads = args.Length >= 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Environment.ProcessorCount,
    };
    using var phases = new TrainingPhases();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    RecommenderTrainers.For(options, TimeProvider.System).Train(data, version: 1, CancellationToken.None);
    // Processor time beside the wall clock: on a shared machine it is the figure that other loads move least.
    Console.WriteLine($"{count} interactions ({data.Ratings.Count} star ratings), {algorithm} ({options.Algorithm}), {options.TrainingThreads} threads: {stopwatch.Elapsed.TotalSeconds:F1} s, "
        + $"{(Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds:F1} s processor, "
        + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:F2} GB allocated; phases: {phases}");
    return;
}

// `topk-min <courses> <rounds>` interleaves the two floors, the screen pass, top-20 and the float pass round by round and
// prints each one's fastest round: on a shared machine the minimum is the figure least disturbed by other processes.
// The floor sums every byte of the int8 rows (the floor); the screen floor sums the bytes every request reads in
// full (the 4-bit screen with the rows' scales and biases; the request also reads the int8 rows of the few pairs the
// screen opens). The screen pass is the top-20 request's own pass asked for no course: every 4-bit bound computed and
// compared, nothing opened or selected.
if (args is ["topk-min", var catalogue, var rounds])
{
    var model = SyntheticCatalogue.Model(int.Parse(catalogue, CultureInfo.InvariantCulture));
    var request = new RecommendationRequest(
        UserFeatures.None("reader"), 20, new HashSet<string> { "c1", "c2", "c3" }, new HashSet<string> { "c4" }, MaxPerCategory: 3);
    var userVector = new float[model.Dimension];
    model.WriteUserVector(request.User, userVector);
    var scores = new float[model.Courses.Count];
    // Each floor is timed on the second of two passes in a row, so that its bytes are as warm in the caches as they can
    // be: the request reads few of the int8 codes, and a floor timed after the float pass would find them colder than a
    // pass reading them every round does, which would flatter the request.
    Action[] passes =
    [
        () => TopKBenchmarks.SumBytes(model),
        () => TopKBenchmarks.SumBytes(model),
        () => TopKBenchmarks.SumScreenBytes(model),
        () => TopKBenchmarks.SumScreenBytes(model),
        () => BestCandidates.Ranked(model, userVector, count: 0, maxPerCategory: 0, new AdmittedCourses(model, request)),
        () => TopKRecommender.Recommend(model, request),
        () => TopKRecommender.ScoreAll(model, userVector, scores),
    ];
    var fastest = passes.Select(_ => double.MaxValue).ToArray();
    for (var round = 0; round < int.Parse(rounds, CultureInfo.InvariantCulture); round++)
    {
        for (var pass = 0; pass < passes.Length; pass++)
        {
            fastest[pass] = Math.Min(fastest[pass], Seconds(passes[pass]) * 1e6);
        }
    }

    var (floor, screenFloor, screenPass, topTwenty, floatPass) = (fastest[1], fastest[3], fastest[4], fastest[5], fastest[6]);
    Console.WriteLine($"{catalogue} courses, fastest of {rounds} rounds: floor {floor:F0} µs, screen floor {screenFloor:F0} µs, "
        + $"screen pass {screenPass:F0} µs ({screenPass / screenFloor:F2} x screen floor), top-20 {topTwenty:F0} µs "
        + $"({topTwenty / floor:F2} x floor, {topTwenty / screenFloor:F2} x screen floor), float pass {floatPass:F0} µs");
    return;
}

// `train-threads <interactions> <runs>` times WARP with one thread and with every core (Hogwild, then stratified),
// alternately, on the same data, and then one-thread trainings at once, one per core, each on its share of the learners
// (so that together they hold the rows and positives the parallel trainer holds): a parallel trainer that spent nothing
// on coordination would take as long as they do, so one thread's time ÷ theirs is this workload's ceiling at that moment
// (shared caches, memory, the host's placement of the vCPUs), and speed-up ÷ ceiling is what is left to the code.
// Processor time is printed too: on a shared machine only ratios of neighbouring runs mean much.
if (args is ["train-threads", var interactions, var runs])
{
    var data = SyntheticCatalogue.Behaviour(int.Parse(interactions, CultureInfo.InvariantCulture), courses: 10_000);
    var cores = Environment.ProcessorCount;
    var shares = Enumerable.Range(0, cores).Select(share => LearnerShare(data, share, cores)).ToArray();
    for (var run = 0; run < int.Parse(runs, CultureInfo.InvariantCulture); run++)
    {
        var processor = new double[3];
        var training = new (int Threads, bool Stratified)[] { (1, false), (cores, false), (cores, true) }.Select((setting, index) =>
        {
            var processorBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var seconds = Seconds(() => Train(data, setting.Threads, setting.Stratified));
            processor[index] = (Process.GetCurrentProcess().TotalProcessorTime - processorBefore).TotalSeconds;
            return seconds;
        }).ToArray();
        var shareSeconds = new double[cores];
        Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, core =>
            shareSeconds[core] = Seconds(() => Train(shares[core], threads: 1, stratified: false)));
        var slowestShare = shareSeconds.Max();
        var ceiling = training[0] / slowestShare;
        var (hogwild, stratified) = (training[0] / training[1], training[0] / training[2]);
        Console.WriteLine($"{interactions} interactions, WARP: 1 thread {training[0]:F1} s, {cores} threads {training[1]:F1} s, "
            + $"speed-up {hogwild:F2} x, stratified {training[2]:F1} s, speed-up {stratified:F2} x; {cores} one-thread trainings "
            + $"of a learner share at once {slowestShare:F1} s: ceiling {ceiling:F2} x, Hogwild {hogwild / ceiling:F2} and stratified {stratified / ceiling:F2} of it; "
            + $"processor time 1 thread {processor[0]:F1} s, {cores} threads {processor[1]:F1} s ({processor[1] / processor[0]:F2} x), "
            + $"stratified {processor[2]:F1} s ({processor[2] / processor[0]:F2} x)");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TopKBenchmarks).Assembly).Run(args);

static double Seconds(Action action)
{
    var stopwatch = Stopwatch.StartNew();
    action();
    return stopwatch.Elapsed.TotalSeconds;
}

static void Train(RecommenderTrainingSet data, int threads, bool stratified) => RecommenderTrainers
    .For(new TrainerOptions { TrainingThreads = threads, Warp = new WarpOptions { Stratified = stratified } }, TimeProvider.System)
    .Train(data, version: 1, CancellationToken.None);

static RecommenderTrainingSet LearnerShare(RecommenderTrainingSet data, int share, int shares)
{
    var users = data.Users.Where((_, index) => index % shares == share).ToArray();
    var keys = users.Select(user => user.UserKey).ToHashSet();
    return data with { Interactions = data.Interactions.Where(interaction => keys.Contains(interaction.UserKey)).ToArray(), Users = users };
}
