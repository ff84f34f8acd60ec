using System.Diagnostics;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;
using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// A hybrid factorisation trained for ranking: every user id and user feature token has an embedding, every course
/// id and course feature token an embedding and a bias; a user is the sum of their id's and features' embeddings
/// (features scaled by <see cref="FieldValues.UnitLength"/>), a course likewise, and the score is their dot product
/// plus the course's bias, so the served vectors are the sums themselves. Learnt with the WARP loss (Weston et al.,
/// 2011): for each positive, courses the user never touched are drawn until one scores within a margin of it; the
/// step is weighted by log(catalogue size / draws), an estimate of how far the positive ranks from the top, so the
/// model spends its effort on the head of each list. Steps are AdaGrad-scaled; draws are scored against course rows
/// cached per epoch (the stepped courses' rows refreshed at once), and the served parameters are averaged over the
/// last <see cref="WarpOptions.AveragedEpochs"/> epochs. With <see cref="TrainerOptions.TrainingThreads"/> above one,
/// each epoch is fitted in stratified parts (<see cref="StratifiedSchedule"/>, <see cref="StratumClaims"/>) so that no
/// two threads step the same user or course rows at once and each draws negatives from its own block of courses, or,
/// without <see cref="WarpOptions.Stratified"/>, lock-free (Hogwild) over the shuffled positives taken in blocks from a
/// counter. Either way the token rows many steps touch are stepped on per-thread copies
/// and merged (<see cref="WarpSideAccess"/>); the summed course rows that draws are scored against (<see cref="SummedRows"/>)
/// are each Hogwild thread's own and one set shared by the stratified threads, laid out by course block.
/// With one thread a run is deterministic for a given training set and <see cref="TrainerOptions.Seed"/>.
/// </summary>
public sealed class WarpRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IPartTrainer
{
    private const float Margin = 1f;

    /// <summary>
    /// Positives a thread fits between merges of its copied rows, which are the token rows expected at least once in
    /// that many steps: stepped in place, such a row's lines would move between the cores on most of its steps (the
    /// other thread has stepped it since), while a merge moves them once. A merge costs about as much as a few dozen
    /// steps; the threads' copies drift apart by at most this many steps each.
    /// </summary>
    private const int MergeEvery = 2048;

    /// <summary>
    /// Steps between merges in which a token row is expected for it to be copied: a copied row costs every merge a
    /// write of this thread's change and a read of the other threads' (lines crossing between the cores whether it was
    /// stepped once or often), a row stepped in place a crossing only when the other thread stepped it since.
    /// </summary>
    private const double HotStepsPerMerge = 8;

    /// <summary>
    /// With several threads, the parts each cell of the stratified schedule is cut into per epoch
    /// (<see cref="StratifiedSchedule"/>): a course block follows one user block for at most one part at a time, so the
    /// order stays close to one shuffle of the epoch (fitting whole cells one after another cost validation NDCG).
    /// </summary>
    private const int RoundsPerEpoch = 16;

    /// <summary>Blocks per thread on each side: with more blocks than threads a thread seldom waits for a free cell.</summary>
    private const int BlocksPerThread = 2;

    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken) =>
        Train(data, version, measured: true, cancellationToken);

    /// <inheritdoc cref="IPartTrainer.Train"/>
    public RecommenderModel Train(RecommenderTrainingSet data, long version, bool measured, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var settings = options.Warp;
        var random = new Random(options.Seed);
        var space = FeatureSpace.Of(data);
        var positives = TrainingExamples.Positives(data.Interactions, space).ToArray();
        var taken = new TakenCourses(positives, space.Users.Count);
        var users = new WarpSide(space.Users.Count, space.UserTokens.Count, space.UserFeatureFields, settings.Dimension, random);
        var courses = new WarpSide(space.Courses.Count, space.CourseTokens.Count, space.CourseFeatureFields, settings.Dimension, random);

        var threads = Math.Max(1, options.TrainingThreads);
        if (threads > 1)
        {
            users.CopyHotRows(StepShares(positives, space.Users.Count, example => example.User, negativeShare: 0), HotStepsPerMerge / MergeEvery);
            courses.CopyHotRows(
                StepShares(positives, space.Courses.Count, example => example.Course, 1.0 / space.Courses.Count), HotStepsPerMerge / MergeEvery);
        }

        var draws = Enumerable.Range(0, threads).Select(_ => new FastDraws(random)).ToArray();
        var blocks = BlocksPerThread * threads;
        var schedule = threads > 1 && settings.Stratified
            ? new StratifiedSchedule(positives, space.Users.Count, space.Courses.Count, blocks, RoundsPerEpoch, random)
            : null;
        var summed = Enumerable.Range(0, schedule is null ? threads : 1).Select(_ => new SummedRows(courses.Entities, settings.Dimension)).ToArray();
        var claims = new StratumClaims(blocks, threads, RoundsPerEpoch);
        var shuffles = schedule is null ? [] : Enumerable.Range(0, blocks).Select(_ => new Random(random.Next())).ToArray();

        // A thread's copies of the hot rows stay valid from one part to the next (each part ends with a merge).
        var userAccess = schedule is null ? [] : Enumerable.Range(0, threads).Select(_ => new WarpSideAccess(users, copyHotRows: true)).ToArray();
        var courseAccess = schedule is null
            ? []
            : Enumerable.Range(0, threads).Select(_ => new WarpSideAccess(courses, copyHotRows: true, summed[0])).ToArray();
        var averaged = Math.Min(settings.AveragedEpochs, settings.Epochs);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            if (schedule is not null)
            {
                schedule.Deal(random);
                summed[0].Arrange(schedule.DealtCourses);
                Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = threads }, block => schedule.Sort(block, shuffles[block]));
                claims.Reset();
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
                    FitParts(schedule, claims, thread, taken, userAccess[thread], courseAccess[thread], settings, ref draws[thread]));
            }
            else if (threads == 1)
            {
                random.Shuffle(positives);
                var courseRows = new WarpSideAccess(courses, copyHotRows: false, summed[0]);
                courseRows.RefreshRows();
                Fit(positives, taken, new WarpSideAccess(users, copyHotRows: false), courseRows, new DrawRows(0, courses.Entities), settings, ref draws[0]);
            }
            else
            {
                random.Shuffle(positives);
                FitShared(positives, threads, taken, users, courses, summed, draws, settings);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (epoch >= settings.Epochs - averaged)
            {
                users.Accumulate();
                courses.Accumulate();
            }
        }

        if (averaged > 0)
        {
            users.UseAverage();
            courses.UseAverage();
        }

        return Serve(data, version, space, positives, taken, users, courses, measured, stopwatch);
    }

    /// <summary>
    /// A Hogwild epoch: the threads take the shuffled positives in blocks of <see cref="MergeEvery"/> from a shared
    /// counter, so neither waits at the epoch's end for the other; a step touches few rows, so collisions are rare and
    /// only lose an update, except on the hot rows, which each thread steps on its own copy and merges after each block.
    /// </summary>
    private static void FitShared(
        TrainingExample[] positives,
        int threads,
        TakenCourses taken,
        WarpSide users,
        WarpSide courses,
        SummedRows[] summed,
        FastDraws[] draws,
        WarpOptions settings)
    {
        var claimed = 0;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            var userRows = new WarpSideAccess(users, copyHotRows: true);
            var courseRows = new WarpSideAccess(courses, copyHotRows: true, summed[thread]);
            courseRows.RefreshRows();
            for (var first = Interlocked.Add(ref claimed, MergeEvery) - MergeEvery;
                 first < positives.Length;
                 first = Interlocked.Add(ref claimed, MergeEvery) - MergeEvery)
            {
                var block = positives.AsSpan(first, Math.Min(MergeEvery, positives.Length - first));
                Fit(block, taken, userRows, courseRows, new DrawRows(0, courses.Entities), settings, ref draws[thread]);
            }
        });
    }

    /// <summary>
    /// One thread's share of a stratified epoch: parts claimed until none is left, each fitted in blocks of
    /// <see cref="MergeEvery"/> with a merge of the copied hot rows after each, negatives from the part's course block,
    /// whose draw rows the block's first part of the epoch refreshes (the dealing laid them out anew). No other thread
    /// steps the part's users and courses meanwhile, so only the token rows that both blocks' entities carry are shared
    /// (copied and merged, or Hogwild).
    /// </summary>
    private static void FitParts(
        StratifiedSchedule schedule,
        StratumClaims claims,
        int thread,
        TakenCourses taken,
        WarpSideAccess users,
        WarpSideAccess courses,
        WarpOptions settings,
        ref FastDraws draws)
    {
        while (claims.TryClaim(thread, out var claimed))
        {
            var part = schedule.Part(claimed.UserBlock, claimed.CourseBlock, claimed.Round);
            if (claimed.Refresh)
            {
                courses.RefreshRows(schedule.Courses(claimed.CourseBlock));
            }

            var drawRows = schedule.CourseRows(claimed.CourseBlock);
            for (var first = 0; first < part.Length; first += MergeEvery)
            {
                Fit(part.Slice(first, Math.Min(MergeEvery, part.Length - first)), taken, users, courses, drawRows, settings, ref draws);
            }

            claims.Release(claimed);
        }
    }

    /// <summary>Each entity's expected share of the steps: as the positive (its share of positives) or as a uniform negative.</summary>
    private static double[] StepShares(TrainingExample[] positives, int entities, Func<TrainingExample, int> entity, double negativeShare)
    {
        var shares = new double[entities];
        Array.Fill(shares, negativeShare);
        foreach (var positive in positives)
        {
            shares[entity(positive)] += 1.0 / positives.Length;
        }

        return shares;
    }

    /// <summary>
    /// One pass of WARP steps over <paramref name="examples"/>, then a merge of the hot rows. Negatives are the courses of
    /// summed rows drawn from <paramref name="drawRows"/> (every course's, or a course block's); the rank estimate is the
    /// whole catalogue's either way (a block is a uniform share of the catalogue, so a positive's trials to a violator
    /// are the same).
    /// </summary>
    private static void Fit(
        ReadOnlySpan<TrainingExample> examples,
        TakenCourses taken,
        WarpSideAccess users,
        WarpSideAccess courses,
        DrawRows drawRows,
        WarpOptions settings,
        ref FastDraws draws)
    {
        var negatives = draws;
        var dimension = settings.Dimension;
        var catalogue = courses.Entities;
        var padded = AlignedRows.Lines(dimension) * AlignedRows.FloatsPerLine;
        Span<float> user = stackalloc float[padded];
        Span<float> positive = stackalloc float[dimension];
        Span<float> negative = stackalloc float[dimension];
        Span<float> gradient = stackalloc float[dimension];
        for (var index = 0; index < examples.Length; index++)
        {
            var example = examples[index];
            if (taken.Count(example.User) >= catalogue)
            {
                continue;
            }

            users.Represent(example.User, includeId: true, user);
            var positiveScore = courses.Score(user, example.Course);
            for (var trial = 1; trial <= settings.MaxNegativeTrials; trial++)
            {
                var row = drawRows.First + negatives.Next(drawRows.Count);

                // The next trial's row is fetched while this one is scored; a copy of the generator names it without
                // drawing it, so the draws are the same as without the prefetch (docs/decisions/0085).
                var ahead = negatives;
                courses.PrefetchRow(drawRows.First + ahead.Next(drawRows.Count));
                if (courses.ScoreRow(user, row) <= positiveScore - Margin)
                {
                    continue;
                }

                var course = courses.EntityAt(row);
                if (taken.Contains(example.User, course))
                {
                    continue;
                }

                var weight = TrainingExamples.Copies(example) * MathF.Log(Math.Max(1, (catalogue - 1) / trial));
                courses.Represent(example.Course, includeId: true, positive);
                courses.Represent(course, includeId: true, negative);
                for (var coordinate = 0; coordinate < dimension; coordinate++)
                {
                    gradient[coordinate] = negative[coordinate] - positive[coordinate];
                }

                // The negative is stepped last, so its summed row can be rebuilt during its step; the positive's is
                // rebuilt after it, so both include the other's step of the tokens they share.
                courses.Step(example.Course, user, -weight, biasGradient: -weight, settings);
                courses.StepAndRefresh(course, user, weight, biasGradient: weight, settings);
                courses.RefreshRow(example.Course);
                users.Step(example.User, gradient, weight, biasGradient: 0f, settings);
                break;
            }
        }

        users.Merge();
        courses.Merge();
        draws = negatives;
    }

    private RecommenderModel Serve(
        RecommenderTrainingSet data,
        long version,
        FeatureSpace space,
        TrainingExample[] positives,
        TakenCourses taken,
        WarpSide users,
        WarpSide courses,
        bool measured,
        Stopwatch stopwatch)
    {
        var dimension = options.Warp.Dimension + 1;
        var popularity = new float[space.Courses.Count];
        foreach (var example in positives)
        {
            popularity[example.Course] += example.Weight;
        }

        // As with the FFM: a course nobody took was only ever a negative, so it is served from its features alone.
        var courseVectors = new float[space.Courses.Count * dimension];
        var courseRows = new WarpSideAccess(courses, copyHotRows: false);
        for (var course = 0; course < space.Courses.Count; course++)
        {
            var row = courseVectors.AsSpan(course * dimension, dimension);
            row[^1] = courseRows.Represent(course, includeId: popularity[course] > 0f, row[..^1]);
        }

        RatingPrior.Apply(courseVectors, dimension, space.Courses, options);

        var activeUsers = positives.Select(example => example.User).Distinct().Order().ToArray();
        var userIdVectors = new float[activeUsers.Length * dimension];
        for (var row = 0; row < activeUsers.Length; row++)
        {
            users.Embedding(activeUsers[row]).CopyTo(userIdVectors.AsSpan(row * dimension));
        }

        var featureVectors = new float[space.UserTokens.Count * dimension];
        for (var token = 0; token < space.UserTokens.Count; token++)
        {
            users.Embedding(space.Users.Count + token).CopyTo(featureVectors.AsSpan(token * dimension));
        }

        var unmeasured = new RecommenderModel(
            version, clock.GetUtcNow(), new RecommenderMetrics(data.Interactions.Count, space.Users.Count, space.Courses.Count, 0, 0),
            dimension, space.Courses, courseVectors, popularity, activeUsers.Select(user => space.Users[user].UserKey).ToArray(), userIdVectors,
            space.UserTokens, featureVectors);
        return measured ? TrainingAuc.Measured(unmeasured, space, taken, options.Seed, options.TrainingThreads, stopwatch) : unmeasured;
    }
}
