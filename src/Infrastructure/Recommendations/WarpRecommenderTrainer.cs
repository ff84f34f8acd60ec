using System.Diagnostics;
using System.Numerics.Tensors;
using KnowledgePay.Application.Recommendations.Serving;
using KnowledgePay.Application.Recommendations.Training;

namespace KnowledgePay.Infrastructure.Recommendations;

/// <summary>
/// A hybrid factorisation trained for ranking: every user id and user feature token has an embedding, every course
/// id and course feature token an embedding and a bias; a user is the sum of their id's and features' embeddings
/// (features scaled by <see cref="FieldValues.UnitLength"/>), a course likewise, and the score is their dot product
/// plus the course's bias, so the served vectors are the sums themselves. Learnt with the WARP loss (Weston et al.,
/// 2011): for each positive, courses the user never touched are drawn until one scores within a margin of it; the
/// step is weighted by log(catalogue size / draws), an estimate of how far the positive ranks from the top, so the
/// model spends its effort on the head of each list. Steps are AdaGrad-scaled. Deterministic for a given training
/// set and <see cref="RecommenderOptions.Seed"/>; single-threaded.
/// </summary>
public sealed class WarpRecommenderTrainer(RecommenderOptions options, TimeProvider clock) : IRecommenderTrainer
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

        var dimension = settings.Dimension;
        Span<float> user = stackalloc float[dimension];
        Span<float> positive = stackalloc float[dimension];
        Span<float> negative = stackalloc float[dimension];
        Span<float> gradient = stackalloc float[dimension];
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(positives);
            foreach (var example in positives)
            {
                var takenByUser = taken[example.User];
                if (takenByUser.Count >= space.Courses.Count)
                {
                    continue;
                }

                users.Represent(example.User, includeId: true, user);
                courses.Query(user);
                var positiveScore = courses.Score(example.Course);
                for (var draws = 1; draws <= settings.MaxNegativeTrials; draws++)
                {
                    var course = random.Next(space.Courses.Count);
                    if (takenByUser.Contains(course) || courses.Score(course) <= positiveScore - Margin)
                    {
                        continue;
                    }

                    var weight = TrainingExamples.Copies(example) * MathF.Log(Math.Max(1, (space.Courses.Count - 1) / draws));
                    courses.Represent(example.Course, includeId: true, positive);
                    courses.Represent(course, includeId: true, negative);
                    TensorPrimitives.Subtract(negative, positive, gradient);
                    courses.Step(example.Course, user, -weight, biasGradient: -weight, settings);
                    courses.Step(course, user, weight, biasGradient: weight, settings);
                    users.Step(example.User, gradient, weight, biasGradient: 0f, settings);
                    break;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return Serve(data, version, space, positives, users, courses, stopwatch);
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
        private readonly float[] _query;
        private readonly float[] _tokenScores;
        private readonly int[] _tokenQueries;
        private int _queryNumber;

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
            _query = new float[dimension];
            _tokenScores = new float[tokens];
            _tokenQueries = new int[tokens];
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

        /// <summary>Sets the other side's vector that <see cref="Score"/> scores entities against.</summary>
        public void Query(ReadOnlySpan<float> vector)
        {
            vector.CopyTo(_query);
            _queryNumber++;
        }

        /// <summary>
        /// The entity's score against the query, id and features included. Each feature token's own score is computed
        /// once per query, so scoring many entities that share tokens costs about one dot product each.
        /// </summary>
        public float Score(int entity)
        {
            var score = TensorPrimitives.Dot(_query, Embedding(entity)) + _biases[entity];
            var features = _features[entity];
            for (var entry = 0; entry < features.Indices.Length; entry++)
            {
                var token = features.Indices[entry];
                if (_tokenQueries[token] != _queryNumber)
                {
                    _tokenScores[token] = TensorPrimitives.Dot(_query, Embedding(_ids + token)) + _biases[_ids + token];
                    _tokenQueries[token] = _queryNumber;
                }

                score += features.Values[entry] * _tokenScores[token];
            }

            return score;
        }

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
            var embedding = _embeddings.AsSpan(row * _dimension, _dimension);
            var squares = _embeddingSquares.AsSpan(row * _dimension, _dimension);
            for (var index = 0; index < _dimension; index++)
            {
                var gradient = (value * scale * direction[index]) + (settings.Lambda * embedding[index]);
                squares[index] += gradient * gradient;
                embedding[index] -= settings.LearningRate * gradient / MathF.Sqrt(squares[index]);
            }

            if (biasGradient != 0f)
            {
                var gradient = (value * biasGradient) + (settings.Lambda * _biases[row]);
                _biasSquares[row] += gradient * gradient;
                _biases[row] -= settings.LearningRate * gradient / MathF.Sqrt(_biasSquares[row]);
            }
        }
    }
}
