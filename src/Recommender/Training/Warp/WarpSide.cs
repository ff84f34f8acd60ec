using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// One side's parameters (users or courses): rows 0..ids-1 are the ids, then one row per feature token; an entity is
/// its id (weight 1) plus its feature tokens with their values. A row holds, on whole cache lines, the embedding, its
/// AdaGrad squares, the bias and the bias's square, so a step writes the fewest lines and no line holds two rows.
/// Threads reach the rows through <see cref="WarpSideAccess"/>; the rows in <see cref="Hot"/> are stepped on
/// per-thread copies and merged, the rest in place (Hogwild).
/// </summary>
internal sealed class WarpSide
{
    private readonly int[] _slots;
    private float[] _sums = [];
    private int _summedEpochs;

    public WarpSide(int ids, int tokens, SparseField[] features, int dimension, Random random)
    {
        Ids = ids;
        Features = features;
        Dimension = dimension;
        Rows = new AlignedRows(ids + tokens, (2 * dimension) + 2);
        for (var row = 0; row < Rows.Count; row++)
        {
            var parameters = Rows.Row(row);
            for (var index = 0; index < dimension; index++)
            {
                parameters[index] = (float)(random.NextDouble() - 0.5) / dimension;
            }

            parameters.Slice(dimension, dimension).Fill(1f);
            parameters[BiasSquare] = 1f;
        }

        _slots = new int[Rows.Count];
        Array.Fill(_slots, -1);
    }

    public int Ids { get; }

    public SparseField[] Features { get; }

    public int Dimension { get; }

    /// <summary>Ids on this side (users or courses).</summary>
    public int Entities => Features.Length;

    public AlignedRows Rows { get; }

    /// <summary>The rows each thread steps on its own copy (empty unless <see cref="CopyHotRows"/> chose some).</summary>
    public int[] Hot { get; private set; } = [];

    public object MergeLock { get; } = new();

    /// <summary>Per slot of <see cref="Hot"/>: how many merges have changed the shared row (read and written under <see cref="MergeLock"/>).</summary>
    public int[] HotVersions { get; private set; } = [];

    public int Bias => 2 * Dimension;

    public int BiasSquare => (2 * Dimension) + 1;

    /// <summary>The slot of <paramref name="row"/> among <see cref="Hot"/>, or −1 when threads step it in place.</summary>
    public int Slot(int row) => _slots[row];

    /// <summary>
    /// Chooses the token rows expected in at least <paramref name="minimumShare"/> of the steps, given each entity's
    /// expected share of the steps.
    /// </summary>
    public void CopyHotRows(IReadOnlyList<double> stepShares, double minimumShare)
    {
        var touches = new double[Rows.Count];
        for (var entity = 0; entity < Entities; entity++)
        {
            foreach (var token in Features[entity].Indices)
            {
                touches[Ids + token] += stepShares[entity];
            }
        }

        Hot = Enumerable.Range(Ids, Rows.Count - Ids).Where(row => touches[row] >= minimumShare).ToArray();
        HotVersions = new int[Hot.Length];
        for (var slot = 0; slot < Hot.Length; slot++)
        {
            _slots[Hot[slot]] = slot;
        }
    }

    public ReadOnlySpan<float> Embedding(int row) => Rows.Row(row)[..Dimension];

    /// <summary>Adds the current embeddings and biases to the running sums that <see cref="UseAverage"/> divides.</summary>
    public void Accumulate()
    {
        var width = Dimension + 1;
        if (_summedEpochs == 0)
        {
            _sums = new float[Rows.Count * width];
        }

        for (var row = 0; row < Rows.Count; row++)
        {
            var sum = _sums.AsSpan(row * width, width);
            var parameters = Rows.Row(row);
            TensorPrimitives.Add(sum[..Dimension], parameters[..Dimension], sum[..Dimension]);
            sum[Dimension] += parameters[Bias];
        }

        _summedEpochs++;
    }

    /// <summary>Replaces the embeddings and biases by their mean over the accumulated epochs.</summary>
    public void UseAverage()
    {
        var width = Dimension + 1;
        for (var row = 0; row < Rows.Count; row++)
        {
            var sum = _sums.AsSpan(row * width, width);
            var parameters = Rows.Row(row);
            TensorPrimitives.Divide(sum[..Dimension], _summedEpochs, parameters[..Dimension]);
            parameters[Bias] = sum[Dimension] / _summedEpochs;
        }
    }
}
