using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Ratings;

/// <summary>
/// SVD++ (Koren 2008, "Factorization meets the neighborhood", eq. 15): r̂_ui = μ + b_u + b_i + q_iᵀ(p_u + |N(u)|^−½ Σ_{j∈N(u)} y_j),
/// where N(u) is every item the user showed interest in (<see cref="ImplicitFeedback"/>), so a user's views and purchases
/// move their predictions even for users who rated little or nothing. Trained by SGD on squared error with L2
/// regularisation, one user at a time in a fresh seeded order every epoch. Per-rating SGD would touch every y_j of N(u)
/// for each rating, O(|R(u)|·|N(u)|) per user; since all of them take the same update, their sum is tracked exactly
/// and the y_j are brought up to date once per user, O(|R(u)| + |N(u)|), with the same result.
/// </summary>
/// <remarks>
/// After training the implicit sum is folded into each user's factors, p'_u = p_u + |N(u)|^−½ Σ y_j, so the trained
/// model predicts — and is stored — exactly as a <see cref="BiasedMatrixFactorization"/> over the same parameter shape.
/// </remarks>
public sealed class SvdPlusPlus
{
    private readonly SvdPlusPlusOptions _options;
    private readonly ImplicitFeedback _implicit;
    private readonly float _mean;
    private readonly float[] _userBias;
    private readonly float[] _itemBias;
    private readonly float[] _userFactors;
    private readonly float[] _itemFactors;
    private readonly float[] _implicitFactors;

    private SvdPlusPlus(SvdPlusPlusOptions options, ImplicitFeedback implicitFeedback, float mean, int itemCount, Random random)
    {
        _options = options;
        _implicit = implicitFeedback;
        _mean = mean;
        _userBias = new float[implicitFeedback.UserCount];
        _itemBias = new float[itemCount];
        _userFactors = NormalDraws.Of(random, implicitFeedback.UserCount * options.Factors, options.InitialStandardDeviation);
        _itemFactors = NormalDraws.Of(random, itemCount * options.Factors, options.InitialStandardDeviation);
        _implicitFactors = new float[itemCount * options.Factors];
    }

    /// <summary>
    /// Fits the ratings; <paramref name="implicitFeedback"/> names N(u) for every user index (rated items are usually part
    /// of it). Returns the trained predictor with the implicit term folded in (the average of the members, when there are several).
    /// </summary>
    public static BiasedMatrixFactorization Train(
        IReadOnlyList<Rating> ratings, ImplicitFeedback implicitFeedback, int itemCount, SvdPlusPlusOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Members, 1);
        var members = new RatingFactors[options.Members];
        Parallel.For(0, members.Length, member =>
            members[member] = TrainMember(ratings, implicitFeedback, itemCount, options with { Seed = options.Seed + member }));
        return new BiasedMatrixFactorization(members.Length == 1 ? members[0] : RatingFactorsAverage.Of(members));
    }

    private static RatingFactors TrainMember(
        IReadOnlyList<Rating> ratings, ImplicitFeedback implicitFeedback, int itemCount, SvdPlusPlusOptions options)
    {
        var range = RatingRange.Of(ratings.Select(rating => rating.Stars).ToArray());
        var random = new Random(options.Seed);
        var model = new SvdPlusPlus(options, implicitFeedback, range.Mean, itemCount, random);
        var byUser = ratings.GroupBy(rating => rating.User).Select(group => group.ToArray()).ToArray();
        var learningRate = options.LearningRate;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(byUser);
            foreach (var userRatings in byUser)
            {
                random.Shuffle(userRatings);
                model.Step(userRatings, learningRate);
            }

            learningRate *= options.LearningRateDecay;
        }

        return model.Folded(range, byUser.Select(userRatings => userRatings[0].User).ToHashSet());
    }

    private void Step(Rating[] userRatings, float learningRate)
    {
        var factors = _options.Factors;
        var user = userRatings[0].User;
        var items = _implicit.ItemsOf(user);
        var normalizer = items.Length == 0 ? 0f : 1f / MathF.Sqrt(items.Length);
        var (regularization, biasRegularization) = (_options.Regularization, _options.BiasRegularization);
        var implicitDecay = 1f - learningRate * _options.ImplicitRegularization;
        Span<float> implicitSum = stackalloc float[factors];
        ImplicitSum(items, normalizer, implicitSum);
        Span<float> implicitGradient = stackalloc float[factors];
        implicitGradient.Clear();
        Span<float> effectiveUser = stackalloc float[factors];
        var userVector = Row(_userFactors, user);
        foreach (var rating in userRatings)
        {
            var itemVector = Row(_itemFactors, rating.Item);
            TensorPrimitives.Add(userVector, implicitSum, effectiveUser);
            var error = rating.Stars - (_mean + _userBias[user] + _itemBias[rating.Item] + TensorPrimitives.Dot(itemVector, effectiveUser));
            _userBias[user] += learningRate * (error - biasRegularization * _userBias[user]);
            _itemBias[rating.Item] += learningRate * (error - biasRegularization * _itemBias[rating.Item]);

            // q_i ← q_i + η(e·(p_u + implicit) − λq_i) and p_u ← p_u + η(e·q_i − λp_u), both from the pre-step q_i.
            // Every y_j (j ∈ N(u)) takes y_j ← (1 − ηλ_y)y_j + η|N(u)|^−½·e·q_i. Its sum moves by (1 − ηλ_y)·sum + η·e·q_i,
            // tracked exactly here; the y_j themselves are brought up to date once, from the decayed sum of e·q_i.
            StepFactors(
                itemVector, userVector, effectiveUser, implicitSum, implicitGradient, 1f - learningRate * regularization, learningRate * error,
                implicitDecay, learningRate * error * MathF.Sign(items.Length), error);
        }

        var totalDecay = MathF.Pow(implicitDecay, userRatings.Length);
        var implicitStep = learningRate * normalizer;
        foreach (var item in items)
        {
            var implicitVector = Row(_implicitFactors, item);
            for (var factor = 0; factor < implicitVector.Length; factor++)
            {
                implicitVector[factor] = (implicitGradient[factor] * implicitStep) + (implicitVector[factor] * totalDecay);
            }
        }
    }

    /// <summary>
    /// One rating's steps of q_i, p_u, the implicit sum and the implicit gradient, every coordinate computed as the
    /// separate multiplications and additions of the update rules (the same roundings as one vector operation per rule),
    /// eight coordinates at a time.
    /// </summary>
    private static void StepFactors(
        Span<float> item, Span<float> user, ReadOnlySpan<float> effectiveUser, Span<float> implicitSum, Span<float> implicitGradient,
        float shrink, float errorStep, float implicitDecay, float implicitStep, float error)
    {
        var factor = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; factor <= item.Length - Vector256<float>.Count; factor += Vector256<float>.Count)
            {
                var previous = Vector256.Create(item.Slice(factor, Vector256<float>.Count));
                var stepped = (Vector256.Create(effectiveUser.Slice(factor, Vector256<float>.Count)) * errorStep) + (previous * shrink);
                stepped.CopyTo(item[factor..]);
                ((previous * errorStep) + (Vector256.Create(user.Slice(factor, Vector256<float>.Count)) * shrink)).CopyTo(user[factor..]);
                ((previous * implicitStep) + (Vector256.Create(implicitSum.Slice(factor, Vector256<float>.Count)) * implicitDecay)).CopyTo(implicitSum[factor..]);
                ((previous * error) + (Vector256.Create(implicitGradient.Slice(factor, Vector256<float>.Count)) * implicitDecay)).CopyTo(implicitGradient[factor..]);
            }
        }

        for (; factor < item.Length; factor++)
        {
            var previous = item[factor];
            item[factor] = (effectiveUser[factor] * errorStep) + (previous * shrink);
            user[factor] = (previous * errorStep) + (user[factor] * shrink);
            implicitSum[factor] = (previous * implicitStep) + (implicitSum[factor] * implicitDecay);
            implicitGradient[factor] = (previous * error) + (implicitGradient[factor] * implicitDecay);
        }
    }

    private RatingFactors Folded(RatingRange range, HashSet<int> ratedUsers)
    {
        var factors = _options.Factors;
        var folded = new float[_userFactors.Length];
        Span<float> implicitSum = stackalloc float[factors];
        for (var user = 0; user < _userBias.Length; user++)
        {
            var items = _implicit.ItemsOf(user);
            ImplicitSum(items, items.Length == 0 ? 0f : 1f / MathF.Sqrt(items.Length), implicitSum);
            var target = folded.AsSpan(user * factors, factors);
            if (ratedUsers.Contains(user))
            {
                TensorPrimitives.Add(Row(_userFactors, user), implicitSum, target);
            }
            else
            {
                // A user without ratings never trained p_u: only their implicit term speaks for them.
                implicitSum.CopyTo(target);
            }
        }

        return new RatingFactors(factors, range, _userBias, _itemBias, folded, _itemFactors);
    }

    /// <summary>normalizer · Σ y_j over the items, each coordinate summed in item order, eight coordinates at a time in a register.</summary>
    private void ImplicitSum(ReadOnlySpan<int> items, float normalizer, Span<float> sum)
    {
        var factors = _options.Factors;
        var factor = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; factor <= factors - Vector256<float>.Count; factor += Vector256<float>.Count)
            {
                var total = Vector256<float>.Zero;
                foreach (var item in items)
                {
                    total += Vector256.Create(_implicitFactors.AsSpan((item * factors) + factor, Vector256<float>.Count));
                }

                (total * normalizer).CopyTo(sum[factor..]);
            }
        }

        for (; factor < factors; factor++)
        {
            var total = 0f;
            foreach (var item in items)
            {
                total += _implicitFactors[(item * factors) + factor];
            }

            sum[factor] = total * normalizer;
        }
    }

    private Span<float> Row(float[] matrix, int index) => matrix.AsSpan(index * _options.Factors, _options.Factors);
}
