namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// A sparse matrix of observed pairs in compressed rows: row r's columns are <c>Columns[Offsets[r]..Offsets[r+1]]</c>
/// (ascending) with their positive weights (confidences) in <see cref="Weights"/>.
/// </summary>
public sealed class ImplicitFeedback
{
    private readonly int[] _offsets;
    private readonly int[] _columns;
    private readonly float[] _weights;

    private ImplicitFeedback(int rows, int columnCount, int[] offsets, int[] columns, float[] weights)
    {
        RowCount = rows;
        ColumnCount = columnCount;
        _offsets = offsets;
        _columns = columns;
        _weights = weights;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public int PairCount => _columns.Length;

    public ReadOnlySpan<int> Columns(int row) => _columns.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    public ReadOnlySpan<float> Weights(int row) => _weights.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>The matrix of <paramref name="pairs"/>; weights of repeated pairs add up, pairs of weight ≤ 0 are left out.</summary>
    public static ImplicitFeedback Of(int rows, int columns, IEnumerable<(int Row, int Column, float Weight)> pairs)
    {
        var merged = pairs
            .GroupBy(pair => (pair.Row, pair.Column))
            .Select(pair => (pair.Key.Row, pair.Key.Column, Weight: pair.Sum(entry => entry.Weight)))
            .Where(pair => pair.Weight > 0f)
            .OrderBy(pair => pair.Row)
            .ThenBy(pair => pair.Column)
            .ToArray();
        var offsets = new int[rows + 1];
        foreach (var pair in merged)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair.Row, rows, nameof(pairs));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair.Column, columns, nameof(pairs));
            offsets[pair.Row + 1]++;
        }

        for (var row = 0; row < rows; row++)
        {
            offsets[row + 1] += offsets[row];
        }

        return new ImplicitFeedback(
            rows, columns, offsets, merged.Select(pair => pair.Column).ToArray(), merged.Select(pair => pair.Weight).ToArray());
    }

    /// <summary>The same pairs seen from the columns' side.</summary>
    public ImplicitFeedback Transpose()
    {
        var pairs = new List<(int, int, float)>(PairCount);
        for (var row = 0; row < RowCount; row++)
        {
            var columns = Columns(row);
            var weights = Weights(row);
            for (var entry = 0; entry < columns.Length; entry++)
            {
                pairs.Add((columns[entry], row, weights[entry]));
            }
        }

        return Of(ColumnCount, RowCount, pairs);
    }
}
