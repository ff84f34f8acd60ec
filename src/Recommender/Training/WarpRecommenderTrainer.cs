using System.Diagnostics;
using System.Numerics.Tensors;
using KnowledgePay.Recommender.Features;
using KnowledgePay.Recommender.Serving;

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
/// last <see cref="WarpOptions.AveragedEpochs"/> epochs. Each epoch's positives are shared among
/// <see cref="TrainerOptions.TrainingThreads"/> threads that step the parameters lock-free (Hogwild); with one thread a
/// run is deterministic for a given training set and <see cref="TrainerOptions.Seed"/>.
/// </summary>
public sealed class WarpRecommenderTrainer(TrainerOptions options, TimeProvider clock) : IRecommenderTrainer
{
    private const float Margin = 1f;

    public RecommenderModel Train(RecommenderTrainingSet data, long version, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var settings = options.Warp;
        var random = new Random(options.Seed);
        var space = FeatureSpace.Of(data);
        var positives = TrainingExamples.Positives(data.Interactions, space).ToArray();
        var taken = TrainingExamples.TakenByUser(positives);
        var users = new Side(space.Users.Count, space.UserTokens.Count, space.UserFeatureFields, settings.Dimension, random);
        var courses = new Side(space.Courses.Count, space.CourseTokens.Count, space.CourseFeatureFields, settings.Dimension, random);

        var threads = Math.Max(1, options.TrainingThreads);
        var draws = Enumerable.Range(0, threads).Select(_ => new FastDraws(random)).ToArray();
        var averaged = Math.Min(settings.AveragedEpochs, settings.Epochs);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(positives);
            courses.RefreshRows();
            if (threads == 1)
            {
                Fit(positives, taken, users, courses, settings, draws[0]);
            }
            else
            {
                // Hogwild (Niu et al., 2011): each thread fits its share of the shuffled positives and steps the shared
                // parameters without locks; a step touches few rows, so collisions are rare and only lose an update.
                var share = (positives.Length + threads - 1) / threads;
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
                {
                    var first = Math.Min(positives.Length, thread * share);
                    var mine = new ArraySegment<TrainingExample>(positives, first, Math.Min(share, positives.Length - first));
                    Fit(mine, taken, users, courses, settings, draws[thread]);
                });
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

        return Serve(data, version, space, positives, users, courses, stopwatch);
    }

    /// <summary>One pass of WARP steps over <paramref name="examples"/>.</summary>
    private static void Fit(
        ReadOnlySpan<TrainingExample> examples,
        Dictionary<int, HashSet<int>> taken,
        Side users,
        Side courses,
        WarpOptions settings,
        FastDraws negatives)
    {
        var dimension = settings.Dimension;
        var catalogue = courses.Entities;
        Span<float> user = stackalloc float[dimension];
        Span<float> positive = stackalloc float[dimension];
        Span<float> negative = stackalloc float[dimension];
        Span<float> gradient = stackalloc float[dimension];
        foreach (var example in examples)
        {
            var takenByUser = taken[example.User];
            if (takenByUser.Count >= catalogue)
            {
                continue;
            }

            users.Represent(example.User, includeId: true, user);
            var positiveScore = courses.Score(user, example.Course);
            for (var draws = 1; draws <= settings.MaxNegativeTrials; draws++)
            {
                var course = negatives.Next(catalogue);
                if (courses.Score(user, course) <= positiveScore - Margin || takenByUser.Contains(course))
                {
                    continue;
                }

                var weight = TrainingExamples.Copies(example) * MathF.Log(Math.Max(1, (catalogue - 1) / draws));
                courses.Represent(example.Course, includeId: true, positive);
                courses.Represent(course, includeId: true, negative);
                TensorPrimitives.Subtract(negative, positive, gradient);
                courses.Step(example.Course, user, -weight, biasGradient: -weight, settings);
                courses.Step(course, user, weight, biasGradient: weight, settings);
                users.Step(example.User, gradient, weight, biasGradient: 0f, settings);
                courses.RefreshRow(example.Course);
                courses.RefreshRow(course);
                break;
            }
        }
    }

    private RecommenderModel Serve(
        RecommenderTrainingSet data, long version, FeatureSpace space, TrainingExample[] positives, Side users, Side courses, Stopwatch stopwatch)
    {
        var dimension = options.Warp.Dimension + 1;
        var popularity = new float[space.Courses.Count];
        foreach (var example in positives)
        {
            popularity[example.Course] += example.Weight;
        }

        // As with the FFM: a course nobody took was only ever a negative, so it is served from its features alone.
        var courseVectors = new float[space.Courses.Count * dimension];
        for (var course = 0; course < space.Courses.Count; course++)
        {
            var row = courseVectors.AsSpan(course * dimension, dimension);
            row[^1] = courses.Represent(course, includeId: popularity[course] > 0f, row[..^1]);
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

        RecommenderModel Build(RecommenderMetrics metrics) => new(
            version, clock.GetUtcNow(), metrics, dimension, space.Courses, courseVectors, popularity,
            activeUsers.Select(user => space.Users[user].UserKey).ToArray(), userIdVectors, space.UserTokens, featureVectors);

        var unmeasured = Build(new RecommenderMetrics(data.Interactions.Count, space.Users.Count, space.Courses.Count, 0, 0));
        var sampled = TrainingExamples.Build(data.Interactions, space, negatives: 1, popularityExponent: 0f, new Random(options.Seed));
        var auc = TrainingAuc.Of(unmeasured, space, sampled);
        return Build(new RecommenderMetrics(
            data.Interactions.Count, space.Users.Count, space.Courses.Count, stopwatch.Elapsed.TotalSeconds, auc));
    }

    /// <summary>
    /// One side's parameters: rows 0..ids-1 are the ids, then one row per feature token; an entity is its id (weight
    /// 1) plus its feature tokens with their values.
    /// </summary>
    private sealed class Side
    {
        private readonly int _ids;
        private readonly SparseField[] _features;
        private readonly int _dimension;
        private readonly float[] _embeddings;
        private readonly float[] _biases;
        private readonly float[] _embeddingSquares;
        private readonly float[] _biasSquares;
        private float[] _rows = [];
        private float[] _rowBiases = [];
        private float[] _embeddingSums = [];
        private float[] _biasSums = [];
        private int _summedEpochs;

        public Side(int ids, int tokens, SparseField[] features, int dimension, Random random)
        {
            _ids = ids;
            _features = features;
            _dimension = dimension;
            var rows = ids + tokens;
            _embeddings = new float[rows * dimension];
            for (var index = 0; index < _embeddings.Length; index++)
            {
                _embeddings[index] = (float)(random.NextDouble() - 0.5) / dimension;
            }

            _biases = new float[rows];
            _embeddingSquares = new float[rows * dimension];
            _biasSquares = new float[rows];
            Array.Fill(_embeddingSquares, 1f);
            Array.Fill(_biasSquares, 1f);
        }

        /// <summary>Ids on this side (users or courses).</summary>
        public int Entities => _features.Length;

        /// <summary>Adds the current parameters to the running sums that <see cref="UseAverage"/> divides.</summary>
        public void Accumulate()
        {
            if (_summedEpochs == 0)
            {
                _embeddingSums = new float[_embeddings.Length];
                _biasSums = new float[_biases.Length];
            }

            TensorPrimitives.Add(_embeddingSums, _embeddings, _embeddingSums);
            TensorPrimitives.Add(_biasSums, _biases, _biasSums);
            _summedEpochs++;
        }

        /// <summary>Replaces the parameters by their mean over the accumulated epochs.</summary>
        public void UseAverage()
        {
            TensorPrimitives.Divide(_embeddingSums, _summedEpochs, _embeddings);
            TensorPrimitives.Divide(_biasSums, _summedEpochs, _biases);
        }

        public ReadOnlySpan<float> Embedding(int row) => _embeddings.AsSpan(row * _dimension, _dimension);

        /// <summary>Writes the entity's summed embedding into <paramref name="destination"/> and returns its summed bias.</summary>
        public float Represent(int entity, bool includeId, Span<float> destination)
        {
            destination.Clear();
            var bias = 0f;
            if (includeId)
            {
                Embedding(entity).CopyTo(destination);
                bias = _biases[entity];
            }

            var features = _features[entity];
            for (var entry = 0; entry < features.Indices.Length; entry++)
            {
                var row = _ids + features.Indices[entry];
                TensorPrimitives.MultiplyAdd(Embedding(row), features.Values[entry], destination, destination);
                bias += features.Values[entry] * _biases[row];
            }

            return bias;
        }

        /// <summary>
        /// The entity's score against the other side's <paramref name="query"/> from its cached row (id and features
        /// summed, see <see cref="RefreshRows"/>): one dot product per entity.
        /// </summary>
        public float Score(ReadOnlySpan<float> query, int entity) =>
            TensorPrimitives.Dot(query, _rows.AsSpan(entity * _dimension, _dimension)) + _rowBiases[entity];

        /// <summary>
        /// Caches every entity's summed row and bias. Steps change a feature token for every entity that carries it;
        /// only the stepped entities are refreshed at once (<see cref="RefreshRow"/>), the rest at the next call, so
        /// a draw within an epoch may see a slightly stale score for other entities sharing those tokens.
        /// </summary>
        public void RefreshRows()
        {
            if (_rows.Length == 0)
            {
                _rows = new float[_features.Length * _dimension];
                _rowBiases = new float[_features.Length];
            }

            for (var entity = 0; entity < _features.Length; entity++)
            {
                RefreshRow(entity);
            }
        }

        public void RefreshRow(int entity) =>
            _rowBiases[entity] = Represent(entity, includeId: true, _rows.AsSpan(entity * _dimension, _dimension));

        /// <summary>
        /// Moves every row of <paramref name="entity"/> against the loss gradient <c>scale · direction</c> (and
        /// <paramref name="biasGradient"/> for its bias), each row's share scaled by its value, with L2 and AdaGrad.
        /// </summary>
        public void Step(int entity, ReadOnlySpan<float> direction, float scale, float biasGradient, WarpOptions settings)
        {
            Update(entity, 1f, direction, scale, biasGradient, settings);
            var features = _features[entity];
            for (var entry = 0; entry < features.Indices.Length; entry++)
            {
                var value = features.Values[entry];
                Update(_ids + features.Indices[entry], value, direction, scale, biasGradient, settings);
            }
        }

        private void Update(int row, float value, ReadOnlySpan<float> direction, float scale, float biasGradient, WarpOptions settings)
        {
            AdaGrad.Step(
                _embeddings.AsSpan(row * _dimension, _dimension), _embeddingSquares.AsSpan(row * _dimension, _dimension),
                direction, value * scale, settings.Lambda, settings.LearningRate);
            if (biasGradient != 0f)
            {
                AdaGrad.Step(_biases.AsSpan(row, 1), _biasSquares.AsSpan(row, 1), [1f], value * biasGradient, settings.Lambda, settings.LearningRate);
            }
        }
    }
}
