using System.Numerics.Tensors;
using Microsoft.ML.Trainers;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Folds a trained field-aware factorisation machine into serving vectors. With user fields U = {user id, user
/// features}, course fields C = {course id, course features} and q(a→b) = Σ_{i∈a} x_i v_{i,b}, the model's score is
/// Σ_{u∈U, c∈C} ⟨q(u→c), q(c→u)⟩ + terms of the course alone + terms of the user alone. The user vector
/// concatenates the four q(u→c) blocks and a 1; the course row concatenates the matching q(c→u) blocks and the
/// course-only terms (linear weights plus the pairs inside the course's own fields) as its bias. The user-only terms
/// are left out: they shift every course's score for a user alike. q(u→c) is linear in the user's features, so the
/// model keeps it per id and per feature token and sums them for whoever asks, known or new.
/// </summary>
internal sealed class FieldAwareFolding
{
    private const int CourseFieldCount = 2;

    private readonly float[] _linear;
    private readonly float[] _latent;
    private readonly int _latentDimension;
    private readonly int[] _offsets;

    public FieldAwareFolding(FieldAwareFactorizationMachineModelParameters parameters, FeatureSpace space)
    {
        _linear = [.. parameters.GetLinearWeights()];
        _latent = [.. parameters.GetLatentWeights()];
        _latentDimension = parameters.LatentDimension;
        var sizes = space.FieldSizes;
        _offsets = [0, sizes[0], sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2]];
        Dimension = 2 * CourseFieldCount * _latentDimension + 1;
    }

    public int Dimension { get; }

    /// <summary>Row r: q(user id → course id), q(user id → course features) of user <c>users[r]</c>, the rest zero.</summary>
    public float[] UserIdVectors(IReadOnlyList<int> users) =>
        UserSideRows(users, FeatureSpace.UserIdField);

    /// <summary>Row t: feature token t's share of the user-feature blocks, before its value x_t.</summary>
    public float[] UserFeatureVectors(int tokenCount) =>
        UserSideRows(Enumerable.Range(0, tokenCount).ToArray(), FeatureSpace.UserFeatureField);

    /// <summary>
    /// One row per course. A course nobody took has only been a sampled negative, so its id says little but "not
    /// taken yet"; its row leaves the id out and comes from its features alone, as for a course added after training.
    /// </summary>
    public float[] CourseVectors(FeatureSpace space, Func<int, bool> wasTaken)
    {
        var rows = new float[space.Courses.Count * Dimension];
        for (var course = 0; course < space.Courses.Count; course++)
        {
            var row = rows.AsSpan(course * Dimension, Dimension);
            var id = wasTaken(course) ? SparseField.OneHot(course) : SparseField.Empty;
            var features = space.CourseFeatureFields[course];
            foreach (var userField in (int[])[FeatureSpace.UserIdField, FeatureSpace.UserFeatureField])
            {
                AddLatentSum(id, FeatureSpace.CourseIdField, userField, Block(row, userField, FeatureSpace.CourseIdField));
                AddLatentSum(features, FeatureSpace.CourseFeatureField, userField, Block(row, userField, FeatureSpace.CourseFeatureField));
            }

            row[Dimension - 1] = CourseOnlyTerms(id, features);
        }

        return rows;
    }

    private float[] UserSideRows(IReadOnlyList<int> indices, int userField)
    {
        var rows = new float[indices.Count * Dimension];
        for (var row = 0; row < indices.Count; row++)
        {
            var feature = SparseField.OneHot(indices[row]);
            var vector = rows.AsSpan(row * Dimension, Dimension);
            AddLatentSum(feature, userField, FeatureSpace.CourseIdField, Block(vector, userField, FeatureSpace.CourseIdField));
            AddLatentSum(feature, userField, FeatureSpace.CourseFeatureField, Block(vector, userField, FeatureSpace.CourseFeatureField));
        }

        return rows;
    }

    /// <summary>Linear terms, id × features pairs and the pairs within the feature field (ML.NET's FFM scores those too).</summary>
    private float CourseOnlyTerms(SparseField id, SparseField features)
    {
        var bias = 0f;
        foreach (var (field, values) in (ReadOnlySpan<(int, SparseField)>)[(FeatureSpace.CourseIdField, id), (FeatureSpace.CourseFeatureField, features)])
        {
            for (var entry = 0; entry < values.Indices.Length; entry++)
            {
                bias += values.Values[entry] * _linear[_offsets[field] + values.Indices[entry]];
            }
        }

        Span<float> idToFeatures = stackalloc float[_latentDimension];
        Span<float> featuresToId = stackalloc float[_latentDimension];
        Span<float> featuresToFeatures = stackalloc float[_latentDimension];
        idToFeatures.Clear();
        featuresToId.Clear();
        featuresToFeatures.Clear();
        AddLatentSum(id, FeatureSpace.CourseIdField, FeatureSpace.CourseFeatureField, idToFeatures);
        AddLatentSum(features, FeatureSpace.CourseFeatureField, FeatureSpace.CourseIdField, featuresToId);
        AddLatentSum(features, FeatureSpace.CourseFeatureField, FeatureSpace.CourseFeatureField, featuresToFeatures);
        bias += TensorPrimitives.Dot(idToFeatures, featuresToId);

        // Pairs i < j inside one field: ½(‖Σ x_i v_i‖² − Σ x_i² ‖v_i‖²).
        var selfPairs = 0f;
        for (var entry = 0; entry < features.Indices.Length; entry++)
        {
            var vector = Latent(FeatureSpace.CourseFeatureField, features.Indices[entry], FeatureSpace.CourseFeatureField);
            selfPairs += features.Values[entry] * features.Values[entry] * TensorPrimitives.Dot(vector, vector);
        }

        return bias + 0.5f * (TensorPrimitives.Dot(featuresToFeatures, featuresToFeatures) - selfPairs);
    }

    /// <summary>destination += Σ_{i ∈ values} x_i v_{i, towardField} for features of <paramref name="field"/>.</summary>
    private void AddLatentSum(SparseField values, int field, int towardField, Span<float> destination)
    {
        for (var entry = 0; entry < values.Indices.Length; entry++)
        {
            TensorPrimitives.MultiplyAdd(Latent(field, values.Indices[entry], towardField), values.Values[entry], destination, destination);
        }
    }

    private ReadOnlySpan<float> Latent(int field, int index, int towardField) =>
        _latent.AsSpan(((_offsets[field] + index) * FeatureSpace.FieldCount + towardField) * _latentDimension, _latentDimension);

    private Span<float> Block(Span<float> row, int userField, int courseField) =>
        row.Slice(((userField * CourseFieldCount) + (courseField - FeatureSpace.CourseIdField)) * _latentDimension, _latentDimension);
}
