using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class AlignedRowsTests
{
    [Fact]
    public void PrefetchRefusesARowPastTheLastAndChangesNoValue()
    {
        var rows = new AlignedRows(3, 20);
        for (var row = 0; row < rows.Count; row++)
        {
            rows.Row(row).Fill(row + 1);
        }

        for (var row = 0; row < rows.Count; row++)
        {
            rows.Prefetch(row);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => rows.Prefetch(rows.Count));
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(row => (float)(row + 1)), Enumerable.Range(0, rows.Count).Select(row => rows.Row(row)[0]));
    }
}
