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
