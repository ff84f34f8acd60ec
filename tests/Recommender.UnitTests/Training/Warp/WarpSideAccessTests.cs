using KnowledgePay.Recommender.Training;
using KnowledgePay.Recommender.Training.Warp;

namespace KnowledgePay.Recommender.UnitTests.Training.Warp;

public sealed class WarpSideAccessTests
{
    private const int Dimension = 8;
    private const int SharedToken = 3;
    private const int RareToken = 4;
    private static readonly WarpOptions Settings = new() { Dimension = Dimension };
    private static readonly float[] Up = Enumerable.Range(0, Dimension).Select(index => 0.1f * (index + 1)).ToArray();
    private static readonly float[] Down = Enumerable.Range(0, Dimension).Select(index => -0.05f * index).ToArray();

    [Fact]
    public void MergedThreadsLeaveACopiedRowWithEachThreadsChangeAdded()
    {
        var side = Side();
        var initial = side.Rows.Row(SharedToken).ToArray();
        var first = new WarpSideAccess(side, copyHotRows: true);
        var second = new WarpSideAccess(side, copyHotRows: true);

        first.Step(0, Up, 0.5f, 0.5f, Settings);
        second.Step(1, Down, -0.4f, -0.4f, Settings);
        Assert.Equal(initial, side.Rows.Row(SharedToken).ToArray());

        first.Merge();
        second.Merge();

        var expected = initial
            .Zip(Change(0, Up, 0.5f), (value, change) => value + change)
            .Zip(Change(1, Down, -0.4f), (value, change) => value + change)
            .ToArray();
        Assert.Equal(expected, side.Rows.Row(SharedToken).ToArray(), (a, b) => MathF.Abs(a - b) <= 1e-6f);
        var seenBySecond = new float[Dimension];
        second.Represent(0, includeId: false, seenBySecond);
        Assert.Equal(side.Rows.Row(SharedToken)[..Dimension].ToArray(), seenBySecond);
    }

    [Fact]
    public void RowsThatFewStepsTouchAreSteppedInPlace()
    {
        var side = Side();
        var initial = side.Rows.Row(RareToken).ToArray();
        var thread = new WarpSideAccess(side, copyHotRows: true);

        thread.Step(1, Up, 0.5f, 0.5f, Settings);

        var expected = initial.Zip(Change(1, Up, 0.5f, RareToken), (value, change) => value + change).ToArray();
        Assert.Equal(expected, side.Rows.Row(RareToken).ToArray(), (a, b) => MathF.Abs(a - b) <= 1e-6f);
    }

    [Fact]
    public void DrawRowsLaidOutAnewScoreEachEntityFromItsOwnRowAndStepsRewriteThatRow()
    {
        var side = Side();
        var summed = new SummedRows(side.Entities, Dimension);
        summed.Arrange([2, 0, 1]);
        var thread = new WarpSideAccess(side, copyHotRows: false, summed);
        thread.RefreshRows([0, 1, 2]);
        var query = Up.Concat(new float[AlignedRows.FloatsPerLine - Dimension]).ToArray();

        thread.StepAndRefresh(1, Down, 0.3f, 0.3f, Settings);

        Assert.Equal([1, 2, 0], [summed.RowOf(0), summed.RowOf(1), summed.RowOf(2)]);

        // Entity 0 shares a token with the stepped 1, so its row is stale until its next refresh, as with rows in entity order.
        Assert.All(new[] { 1, 2 }, entity =>
        {
            var represented = new float[Dimension];
            var bias = thread.Represent(entity, includeId: true, represented);
            var expected = represented.Zip(Up, (value, weight) => value * weight).Sum() + bias;
            Assert.Equal(expected, thread.Score(query, entity), 1e-5f);
            Assert.Equal(thread.Score(query, entity), thread.ScoreRow(query, summed.RowOf(entity)));
            Assert.Equal(entity, thread.EntityAt(summed.RowOf(entity)));
        });
    }

    /// <summary>Three entities: 0 carries the shared token, 1 the shared and the rare one, 2 none; the shared one is copied.</summary>
    private static WarpSide Side()
    {
        var side = new WarpSide(
            ids: 3,
            tokens: 2,
            [new SparseField([0], [1f]), new SparseField([0, 1], [0.6f, 0.8f]), SparseField.Empty],
            Dimension,
            new Random(9));
        side.CopyHotRows([0.5, 0.5, 0], minimumShare: 0.6);
        return side;
    }

    /// <summary>What one step alone changes in a row, on a side of the same seed stepped in place.</summary>
    private static float[] Change(int entity, float[] direction, float scale, int row = SharedToken)
    {
        var alone = Side();
        var before = alone.Rows.Row(row).ToArray();
        new WarpSideAccess(alone, copyHotRows: false).Step(entity, direction, scale, scale, Settings);
        return alone.Rows.Row(row).ToArray().Zip(before, (after, value) => after - value).ToArray();
    }
}
