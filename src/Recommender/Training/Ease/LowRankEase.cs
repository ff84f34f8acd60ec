using System.Numerics.Tensors;
using KnowledgePay.Recommender.Training.ImplicitAls;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>
/// EASE^R in the served form, one dot product per course: the learners' score matrix S = X·B (learners × modelled
/// courses) is projected on an orthonormal basis V of r directions of the course space, S ≈ (S·V)·Vᵀ, so a course's
/// factor is its row of V and a learner's is x_u·B·V. V spans the dominant right singular vectors of S, found by
/// randomised subspace iteration (Halko, Martinsson and Tropp 2011) that only ever multiplies S or Sᵀ with r vectors
/// (never forming S). With r at least the number of modelled courses, V is the identity and the scores are exact.
/// </summary>
public static class LowRankEase
{
    /// <summary>Rounds of S·Sᵀ applied to the start block: each sharpens the basis towards the largest singular values.</summary>
    private const int PowerIterations = 2;

    /// <summary>Learner and course factors (courses that are not modelled get zero rows).</summary>
    public static (LatentFactors Users, LatentFactors Courses) Factor(EaseWeights weights, int courseCount, int rank, int seed)
    {
        var size = weights.Size;
        var dimension = Math.Min(rank, size);
        var basis = dimension == size ? Identity(size) : Basis(weights, dimension, seed);

        // Row i of B·V is what taking course i adds to a learner's factor.
        var history = dimension == size ? weights.Weights : Transposed(Apply(basis, direction => Product(weights, direction)), size);
        var users = new LatentFactors(weights.ModelledByUser.Length, dimension);
        Parallel.For(0, users.Count, user =>
        {
            var row = users.Row(user);
            foreach (var course in weights.ModelledByUser[user])
            {
                TensorPrimitives.Add(row, history.AsSpan(course * dimension, dimension), row);
            }
        });

        var courses = new LatentFactors(courseCount, dimension);
        for (var course = 0; course < courseCount; course++)
        {
            var modelled = weights.ModelIndex[course];
            if (modelled >= 0)
            {
                var row = courses.Row(course);
                for (var column = 0; column < dimension; column++)
                {
                    row[column] = basis[column][modelled];
                }
            }
        }

        return (users, courses);
    }

    private static float[][] Basis(EaseWeights weights, int dimension, int seed)
    {
        var random = new Random(seed);
        var start = Enumerable.Range(0, dimension)
            .Select(_ => Enumerable.Range(0, weights.Size).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray())
            .ToArray();
        var learnerSide = Orthonormal(Apply(start, direction => Scores(weights, direction)));
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            var courseSide = Orthonormal(Apply(learnerSide, learners => TransposedScores(weights, learners)));
            learnerSide = Orthonormal(Apply(courseSide, direction => Scores(weights, direction)));
        }

        return Orthonormal(Apply(learnerSide, learners => TransposedScores(weights, learners)));
    }

    private static float[][] Apply(float[][] block, Func<float[], float[]> operation) =>
        block.AsParallel().AsOrdered().Select(operation).ToArray();

    /// <summary>S·v: every learner's EASE score along the course-space vector v.</summary>
    private static float[] Scores(EaseWeights weights, float[] direction)
    {
        var alongB = Product(weights, direction);
        return [.. weights.ModelledByUser.Select(courses => courses.Sum(course => alongB[course]))];
    }

    /// <summary>B·v.</summary>
    private static float[] Product(EaseWeights weights, float[] direction)
    {
        var result = new float[weights.Size];
        for (var row = 0; row < weights.Size; row++)
        {
            result[row] = TensorPrimitives.Dot(weights.Row(row), direction);
        }

        return result;
    }

    /// <summary>Columns of length <paramref name="length"/> as one row-major matrix.</summary>
    private static float[] Transposed(float[][] columns, int length)
    {
        var matrix = new float[length * columns.Length];
        for (var column = 0; column < columns.Length; column++)
        {
            for (var row = 0; row < length; row++)
            {
                matrix[row * columns.Length + column] = columns[column][row];
            }
        }

        return matrix;
    }

    /// <summary>Sᵀ·y = Bᵀ·(Xᵀ·y) for a learner-space vector y.</summary>
    private static float[] TransposedScores(EaseWeights weights, float[] learners)
    {
        var taken = new float[weights.Size];
        for (var user = 0; user < learners.Length; user++)
        {
            foreach (var course in weights.ModelledByUser[user])
            {
                taken[course] += learners[user];
            }
        }

        var result = new float[weights.Size];
        for (var row = 0; row < weights.Size; row++)
        {
            if (taken[row] != 0f)
            {
                TensorPrimitives.MultiplyAdd(weights.Row(row), taken[row], result, result);
            }
        }

        return result;
    }

    /// <summary>Modified Gram–Schmidt, twice over for float round-off; a column that vanishes stays zero.</summary>
    private static float[][] Orthonormal(float[][] columns)
    {
        for (var column = 0; column < columns.Length; column++)
        {
            var vector = columns[column];
            for (var pass = 0; pass < 2; pass++)
            {
                for (var earlier = 0; earlier < column; earlier++)
                {
                    TensorPrimitives.MultiplyAdd(columns[earlier], -TensorPrimitives.Dot(columns[earlier], vector), vector, vector);
                }
            }

            var norm = TensorPrimitives.Norm(vector);
            if (norm > 1e-6f)
            {
                TensorPrimitives.Multiply(vector, 1f / norm, vector);
            }
            else
            {
                Array.Clear(vector);
            }
        }

        return columns;
    }

    private static float[][] Identity(int size) =>
        [.. Enumerable.Range(0, size).Select(index =>
        {
            var column = new float[size];
            column[index] = 1f;
            return column;
        })];
}
