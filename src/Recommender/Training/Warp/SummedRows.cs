namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// Each entity's id and features summed into one row and one bias, which negative draws score against, in entity order
/// unless <see cref="Arrange"/> lays them out otherwise. A Hogwild training thread keeps its own: every draw reads one,
/// and the rows a thread steps are rewritten at once, so shared rows would move between the cores on most draws; it sees
/// the other threads' steps of a course when it refreshes every row at the next epoch, as it sees steps of the tokens a
/// course shares with stepped ones (docs/decisions/0065-per-thread-draw-rows.md). Stratified threads never hold the same
/// course block at once, so they share one, laid out block by block: a thread's draws read a range of rows and biases
/// that no other thread writes meanwhile, and a course block changing hands keeps its rows as they are
/// (docs/decisions/0084-stratified-threads-share-draw-rows.md).
/// </summary>
internal sealed class SummedRows
{
    private readonly int[] _rows;
    private readonly int[] _entities;

    public SummedRows(int entities, int dimension)
    {
        Rows = new AlignedRows(entities, dimension);
        Biases = new float[entities];
        _entities = Enumerable.Range(0, entities).ToArray();
        _rows = _entities.ToArray();
    }

    /// <summary>The summed embeddings, padded with zeros to whole cache lines.</summary>
    public AlignedRows Rows { get; }

    public float[] Biases { get; }

    /// <summary>The row (of <see cref="Rows"/> and <see cref="Biases"/>) that holds <paramref name="entity"/>.</summary>
    public int RowOf(int entity) => _rows[entity];

    /// <summary>The entity that <paramref name="row"/> holds.</summary>
    public int EntityAt(int row) => _entities[row];

    /// <summary>
    /// Lays the rows out anew, row r holding <paramref name="entities"/>[r]; their contents are stale until refreshed.
    /// </summary>
    public void Arrange(ReadOnlySpan<int> entities)
    {
        entities.CopyTo(_entities);
        for (var row = 0; row < _entities.Length; row++)
        {
            _rows[_entities[row]] = row;
        }
    }
}
