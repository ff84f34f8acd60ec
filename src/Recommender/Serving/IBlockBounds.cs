using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Serving;

/// <summary>What a <see cref="QuantisedCourseRows.Scan{TBounds}"/> pass does with the blocks whose bounds reach a cut.</summary>
internal interface IBlockBounds
{
    /// <summary>The score a row's upper bound must reach to be handed over; it may rise while the pass runs.</summary>
    float Cut { get; }

    /// <summary>
    /// One block's bounds: <paramref name="rows"/> has bit i set for row 8·<paramref name="block"/> + i when its upper bound
    /// reached <see cref="Cut"/>; <paramref name="estimates"/> are the quantised scores before slack
    /// (<see cref="QuantisedCourseRows.LowerBounds"/> turns them into lower bounds).
    /// </summary>
    void Take(int block, uint rows, Vector256<float> estimates, Vector256<float> upperBounds);
}
