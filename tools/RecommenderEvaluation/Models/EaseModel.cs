using System.Numerics.Tensors;
using KnowledgePay.RecommenderEvaluation.Numerics;

namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// EASE^R (Steck 2019, "Embarrassingly shallow autoencoders for sparse data"): the item–item weights
/// B = I − P·diag(1/diag(P)) with P = (XᵀX + λI)⁻¹ over the binary user–item matrix X, i.e. B_ij = −P_ij / P_jj and a
/// zero diagonal; a user's scores are x_u·B. Only items with at least <see cref="EaseOptions.MinInteractions"/>
/// training interactions are modelled; every other item scores −∞ (below them, in the evaluator's random tie order).
/// </summary>
public sealed class EaseModel(EaseOptions options) : IRecommenderModel
{
    private int[] _modelIndex = [];
    private float[] _weights = [];
    private int _size;
    private int[][] _modelledItemsByUser = [];

    public string Name => $"EASE^R (λ={options.Lambda}, items with ≥{options.MinInteractions} interactions)";

    /// <summary>How many items the last fit modelled (the side of the inverted matrix).</summary>
    public int ModelledItems => _size;

    public void Fit(TrainingSet training)
    {
        var pairs = training.Interactions.Select(interaction => (interaction.User, interaction.Item)).Distinct().ToArray();
        var counts = new int[training.ItemCount];
        foreach (var (_, item) in pairs)
        {
            counts[item]++;
        }

        _modelIndex = Enumerable.Repeat(-1, training.ItemCount).ToArray();
        _size = 0;
        for (var item = 0; item < training.ItemCount; item++)
        {
            if (counts[item] >= options.MinInteractions && counts[item] > 0)
            {
                _modelIndex[item] = _size++;
            }
        }

        var lookup = pairs.Where(pair => _modelIndex[pair.Item] >= 0).ToLookup(pair => pair.User, pair => _modelIndex[pair.Item]);
        _modelledItemsByUser = [.. Enumerable.Range(0, training.UserCount).Select(user => lookup[user].ToArray())];

        var gram = new double[_size * _size];
        foreach (var items in _modelledItemsByUser)
        {
            foreach (var row in items)
            {
                foreach (var column in items)
                {
                    gram[row * _size + column]++;
                }
            }
        }

        for (var index = 0; index < _size; index++)
        {
            gram[index * _size + index] += options.Lambda;
        }

        SymmetricMatrixInverse.InvertInPlace(gram, _size);
        _weights = new float[_size * _size];
        for (var row = 0; row < _size; row++)
        {
            for (var column = 0; column < _size; column++)
            {
                _weights[row * _size + column] = row == column ? 0f : (float)(-gram[row * _size + column] / gram[column * _size + column]);
            }
        }
    }

    public void Score(int user, ReadOnlySpan<int> candidates, Span<float> scores)
    {
        var accumulated = new float[_size];
        foreach (var item in _modelledItemsByUser[user])
        {
            TensorPrimitives.Add(accumulated, _weights.AsSpan(item * _size, _size), accumulated);
        }

        for (var index = 0; index < candidates.Length; index++)
        {
            var modelled = _modelIndex[candidates[index]];
            scores[index] = modelled >= 0 ? accumulated[modelled] : float.NegativeInfinity;
        }
    }
}
