using Microsoft.ML;
using Microsoft.ML.Data;

namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Training examples as ML.NET rows without materialising them: a cursor walks the example array and copies each
/// field's precomputed sparse vector into the caller's buffer, so a pass allocates nothing per row. Each example is
/// shown <see cref="TrainingExamples.Copies"/> times in a row, ML.NET's FFM having no use for example weights.
/// </summary>
internal sealed class TrainingExampleDataView : IDataView
{
    public const string Label = "Label";

    /// <summary>Field columns in <see cref="FeatureSpace"/> field order.</summary>
    public static readonly string[] FieldColumns = ["UserId", "UserFeatures", "CourseId", "CourseFeatures"];

    private readonly IReadOnlyList<TrainingExample> _examples;
    private readonly SparseField[][] _fields;
    private readonly int[] _rowsPerExample;

    public TrainingExampleDataView(FeatureSpace space, IReadOnlyList<TrainingExample> examples)
    {
        _examples = examples;
        _fields =
        [
            Enumerable.Range(0, space.Users.Count).Select(SparseField.OneHot).ToArray(),
            space.UserFeatureFields,
            Enumerable.Range(0, space.Courses.Count).Select(SparseField.OneHot).ToArray(),
            space.CourseFeatureFields,
        ];
        _rowsPerExample = examples.Select(TrainingExamples.Copies).ToArray();
        var sizes = space.FieldSizes;
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(Label, BooleanDataViewType.Instance);
        for (var field = 0; field < FeatureSpace.FieldCount; field++)
        {
            schema.AddColumn(FieldColumns[field], new VectorDataViewType(NumberDataViewType.Single, sizes[field]));
        }

        Schema = schema.ToSchema();
    }

    public bool CanShuffle => false;

    public DataViewSchema Schema { get; }

    public long? GetRowCount() => _rowsPerExample.Sum(rows => (long)rows);

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
        new Cursor(this, columnsNeeded.Select(column => column.Index).ToHashSet());

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
        [GetRowCursor(columnsNeeded, rand)];

    private sealed class Cursor(TrainingExampleDataView view, HashSet<int> active) : DataViewRowCursor
    {
        private int _example = -1;
        private int _copiesLeft;
        private long _position = -1;

        public override DataViewSchema Schema => view.Schema;

        public override long Position => _position;

        public override long Batch => 0;

        public override bool MoveNext()
        {
            if (_copiesLeft == 0)
            {
                if (++_example >= view._examples.Count)
                {
                    return false;
                }

                _copiesLeft = view._rowsPerExample[_example];
            }

            _copiesLeft--;
            _position++;
            return true;
        }

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);

        public override bool IsColumnActive(DataViewSchema.Column column) => active.Contains(column.Index);

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
        {
            Delegate getter = column.Index == 0
                ? (ValueGetter<bool>)((ref bool label) => label = view._examples[_example].Taken)
                : FieldGetter(column.Index - 1);
            return (ValueGetter<TValue>)getter;
        }

        private ValueGetter<VBuffer<float>> FieldGetter(int field)
        {
            var length = ((VectorDataViewType)view.Schema[field + 1].Type).Size;
            return (ref VBuffer<float> value) =>
            {
                var example = view._examples[_example];
                var sparse = view._fields[field][field < FeatureSpace.CourseIdField ? example.User : example.Course];
                var editor = VBufferEditor.Create(ref value, length, sparse.Indices.Length);
                sparse.Indices.CopyTo(editor.Indices);
                sparse.Values.CopyTo(editor.Values);
                value = editor.Commit();
            };
        }
    }
}
