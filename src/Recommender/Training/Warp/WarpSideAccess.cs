namespace KnowledgePay.Recommender.Training.Warp;

/// <summary>
/// How one training thread reads and steps a <see cref="WarpSide"/>. The side's hot rows (token rows that many steps
/// touch) are read and stepped on this thread's own copy, and <see cref="Merge"/> adds what the thread changed in them
/// since the last merge to the shared rows and takes up the other threads' changes, so the lines of those rows do not
/// move between cores on every step. Every other row is stepped in place without locks (Hogwild, Niu et al., 2011).
/// </summary>
internal sealed class WarpSideAccess
{
    private readonly WarpSide _side;
    private readonly AlignedRows _own;
    private readonly AlignedRows _merged;
    private readonly SummedRows _summed;
    private readonly int[] _seenVersions;
    private readonly bool[] _stepped;
    private readonly List<int> _steppedSlots = [];

    /// <param name="side">The shared parameters.</param>
    /// <param name="copyHotRows">False for the only thread (and after training): every row is read in place.</param>
    /// <param name="summed">This thread's summed rows, for <see cref="Score"/> (none: only <see cref="Represent"/> and steps).</param>
    public WarpSideAccess(WarpSide side, bool copyHotRows, SummedRows? summed = null)
    {
        _side = side;
        _summed = summed ?? new SummedRows(0, side.Dimension);
        var copies = copyHotRows ? side.Hot.Length : 0;
        _own = new AlignedRows(copies, side.Rows.Stride);
        _merged = new AlignedRows(copies, side.Rows.Stride);
        _seenVersions = new int[copies];
        _stepped = new bool[copies];
        for (var slot = 0; slot < copies; slot++)
        {
            _seenVersions[slot] = side.HotVersions[slot];
            side.Rows.Row(side.Hot[slot]).CopyTo(_own.Row(slot));
            side.Rows.Row(side.Hot[slot]).CopyTo(_merged.Row(slot));
        }
    }

    /// <summary>Ids on this side (users or courses).</summary>
    public int Entities => _side.Entities;

    private int Dimension => _side.Dimension;

    /// <summary>Writes the entity's summed embedding into <paramref name="destination"/> and returns its summed bias.</summary>
    public float Represent(int entity, bool includeId, Span<float> destination)
    {
        var dimension = Dimension;
        var bias = 0f;
        if (includeId)
        {
            var id = Row(entity);
            RowMath.Copy(id[..dimension], destination[..dimension]);
            bias = id[_side.Bias];
        }
        else
        {
            destination[..dimension].Clear();
        }

        var features = _side.Features[entity];
        for (var entry = 0; entry < features.Indices.Length; entry++)
        {
            var token = Row(_side.Ids + features.Indices[entry]);
            var value = features.Values[entry];
            RowMath.AddScaled(token[..dimension], value, destination[..dimension]);
            bias += value * token[_side.Bias];
        }

        return bias;
    }

    /// <summary>
    /// The entity's score against the other side's <paramref name="query"/> (padded to whole lines with zeros) from its
    /// summed row: one dot product per entity. Rows of entities sharing tokens with recently stepped ones are slightly
    /// stale until their next refresh.
    /// </summary>
    public float Score(ReadOnlySpan<float> query, int entity) => ScoreRow(query, _summed.RowOf(entity));

    /// <summary><see cref="Score"/> of the entity a summed row holds (a drawn row: <see cref="EntityAt"/> names it).</summary>
    public float ScoreRow(ReadOnlySpan<float> query, int row) => RowMath.Dot(query, _summed.Rows.Row(row)) + _summed.Biases[row];

    /// <summary>Starts fetching the summed row <paramref name="row"/>'s embedding, for a <see cref="ScoreRow"/> soon after.</summary>
    public void PrefetchRow(int row) => _summed.Rows.Prefetch(row);

    /// <summary>The entity the summed row <paramref name="row"/> holds.</summary>
    public int EntityAt(int row) => _summed.EntityAt(row);

    public void RefreshRow(int entity)
    {
        var row = _summed.RowOf(entity);
        _summed.Biases[row] = Represent(entity, includeId: true, _summed.Rows.Row(row));
    }

    /// <summary>Refreshes every entity's summed row (at the start of an epoch).</summary>
    public void RefreshRows()
    {
        for (var entity = 0; entity < Entities; entity++)
        {
            RefreshRow(entity);
        }
    }

    /// <summary>Refreshes the summed rows of <paramref name="entities"/> (a block's, at the start of a sub-epoch).</summary>
    public void RefreshRows(ReadOnlySpan<int> entities)
    {
        foreach (var entity in entities)
        {
            RefreshRow(entity);
        }
    }

    /// <summary>
    /// Moves every row of <paramref name="entity"/> against the loss gradient <c>scale · direction</c> (and
    /// <paramref name="biasGradient"/> for its bias), each row's share scaled by its value, with L2 and AdaGrad.
    /// </summary>
    public void Step(int entity, ReadOnlySpan<float> direction, float scale, float biasGradient, WarpOptions settings)
    {
        Update(SteppedRow(entity), 1f, direction, scale, biasGradient, settings);
        var features = _side.Features[entity];
        for (var entry = 0; entry < features.Indices.Length; entry++)
        {
            Update(SteppedRow(_side.Ids + features.Indices[entry]), features.Values[entry], direction, scale, biasGradient, settings);
        }
    }

    /// <summary>
    /// <see cref="Step"/> and <see cref="RefreshRow"/> in one pass: each row is added to the entity's summed row right
    /// after its step, while it is in a register's reach.
    /// </summary>
    public void StepAndRefresh(int entity, ReadOnlySpan<float> direction, float scale, float biasGradient, WarpOptions settings)
    {
        var dimension = Dimension;
        var row = _summed.RowOf(entity);
        var summed = _summed.Rows.Row(row)[..dimension];
        var id = SteppedRow(entity);
        Update(id, 1f, direction, scale, biasGradient, settings);
        RowMath.Copy(id[..dimension], summed);
        var bias = id[_side.Bias];
        var features = _side.Features[entity];
        for (var entry = 0; entry < features.Indices.Length; entry++)
        {
            var token = SteppedRow(_side.Ids + features.Indices[entry]);
            var value = features.Values[entry];
            Update(token, value, direction, scale, biasGradient, settings);
            RowMath.AddScaled(token[..dimension], value, summed);
            bias += value * token[_side.Bias];
        }

        _summed.Biases[row] = bias;
    }

    /// <summary>
    /// Adds this thread's changes to its hot rows since the last merge (parameters and AdaGrad squares alike) to the
    /// shared rows, then continues from the shared rows, which hold every thread's merged changes. Only the rows this
    /// thread stepped are written and only the rows a merge changed since this thread last saw them are copied back, so a
    /// merge moves few lines between the cores and leaves the rest of this thread's cache alone.
    /// </summary>
    public void Merge()
    {
        if (_own.Count == 0)
        {
            return;
        }

        lock (_side.MergeLock)
        {
            var versions = _side.HotVersions;
            foreach (var slot in _steppedSlots)
            {
                // own becomes this thread's change since the last merge (a whole row per register, not a float per
                // step); the copy back below overwrites it, since the version changes here.
                var own = _own.Row(slot);
                RowMath.AddScaled(_merged.Row(slot), -1f, own);
                RowMath.AddScaled(own, 1f, _side.Rows.Row(_side.Hot[slot]));
                versions[slot]++;
                _stepped[slot] = false;
            }

            _steppedSlots.Clear();
            for (var slot = 0; slot < _own.Count; slot++)
            {
                if (versions[slot] != _seenVersions[slot])
                {
                    var shared = _side.Rows.Row(_side.Hot[slot]);
                    shared.CopyTo(_own.Row(slot));
                    shared.CopyTo(_merged.Row(slot));
                    _seenVersions[slot] = versions[slot];
                }
            }
        }
    }

    private Span<float> Row(int row)
    {
        var slot = _own.Count == 0 ? -1 : _side.Slot(row);
        return slot < 0 ? _side.Rows.Row(row) : _own.Row(slot);
    }

    /// <summary><see cref="Row"/>, noting a copied row as stepped for the next <see cref="Merge"/>.</summary>
    private Span<float> SteppedRow(int row)
    {
        var slot = _own.Count == 0 ? -1 : _side.Slot(row);
        if (slot < 0)
        {
            return _side.Rows.Row(row);
        }

        if (!_stepped[slot])
        {
            _stepped[slot] = true;
            _steppedSlots.Add(slot);
        }

        return _own.Row(slot);
    }

    private void Update(Span<float> row, float value, ReadOnlySpan<float> direction, float scale, float biasGradient, WarpOptions settings)
    {
        var dimension = Dimension;
        AdaGrad.Step(row[..dimension], row.Slice(dimension, dimension), direction[..dimension], value * scale, settings.Lambda, settings.LearningRate);
        if (biasGradient != 0f)
        {
            AdaGrad.Step(
                row.Slice(_side.Bias, 1), row.Slice(_side.BiasSquare, 1), [1f], value * biasGradient, settings.Lambda, settings.LearningRate);
        }
    }
}
