using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Turns towards what a learner did since the model was trained. The collaborative part of a known learner's vector
/// only changes with training, so without this it drowns their fresh behaviour. The courses of
/// <see cref="RecommendationRequest.FreshCourses"/> give a direction (their unit latent parts, weighted); the latent
/// part of the user vector keeps <c>1 − share</c> of itself and gets <c>share</c> of its length along that direction.
/// In the folded space a course's latent part dotted with another's is their affinity (what similar courses use), so
/// the blended vector is still one dot product per course. Built once per request.
/// </summary>
public sealed class FreshBehaviourBlend
{
    /// <summary>
    /// The share of the user vector given to fresh behaviour, from the experiment in docs/benchmarks.md
    /// ("Fresh behaviour blend"): best mean NDCG@10 over learners who switch topic and learners who keep theirs.
    /// </summary>
    public const float DefaultShare = 0.6f;

    private readonly RecommenderModel _model;
    private readonly float[] _direction;
    private readonly float _scale;

    private FreshBehaviourBlend(RecommenderModel model, float[] userVector, float[] direction, float scale, float keptShare, int[] freshCourses)
    {
        _model = model;
        UserVector = userVector;
        _direction = direction;
        _scale = scale;
        KeptShare = keptShare;
        FreshCourses = freshCourses;
    }

    /// <summary>The blended user vector, ready to dot with every course row.</summary>
    public float[] UserVector { get; }

    /// <summary>What is left of the profile and collaborative parts of the score (1 without fresh behaviour).</summary>
    public float KeptShare { get; }

    /// <summary>Model indexes of the fresh courses that moved the vector (none when nothing did).</summary>
    public IReadOnlyList<int> FreshCourses { get; }

    public static FreshBehaviourBlend For(RecommenderModel model, RecommendationRequest request)
    {
        var userVector = new float[model.Dimension];
        model.WriteUserVector(request.User, userVector);
        var fresh = request.FreshCourses
            .Select(course => (Index: model.CourseIndexOf(course.Key), course.Weight))
            .Where(course => course.Index is not null && course.Weight > 0f)
            .Select(course => (Index: course.Index!.Value, course.Weight))
            .ToArray();
        var direction = new float[model.Dimension - 1];
        foreach (var (index, weight) in fresh)
        {
            TensorPrimitives.MultiplyAdd(model.LatentPart(index), weight * model.InverseNorm(index), direction, direction);
        }

        var directionLength = TensorPrimitives.Norm(direction);
        if (directionLength == 0f || request.FreshShare <= 0f)
        {
            return new FreshBehaviourBlend(model, userVector, direction, 0f, 1f, []);
        }

        var latent = userVector.AsSpan(0, model.Dimension - 1);
        var userLength = TensorPrimitives.Norm(latent);
        // A user with nothing the model knows has no length to share out; the fresh direction then stands alone.
        var scale = request.FreshShare * (userLength > 0f ? userLength : 1f) / directionLength;
        TensorPrimitives.Multiply(latent, 1f - request.FreshShare, latent);
        TensorPrimitives.MultiplyAdd(direction, scale, latent, latent);
        return new FreshBehaviourBlend(model, userVector, direction, scale, 1f - request.FreshShare, [.. fresh.Select(course => course.Index).Distinct()]);
    }

    /// <summary>How much the fresh behaviour adds to the course's score.</summary>
    public float Contribution(int course) =>
        FreshCourses.Count == 0 ? 0f : _scale * TensorPrimitives.Dot(_direction, _model.LatentPart(course));
}
