using System.Buffers;

namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// Courses offered with an upper bound of their score, in the order offered, in a pooled buffer. When it fills, the
/// courses whose bound has fallen below the cut are dropped before it grows, so it holds a few times the list size.
/// </summary>
internal sealed class UpperBoundedCourses : IDisposable
{
    private const int InitialCapacity = 256;

    private ScoredCourse[] _courses = ArrayPool<ScoredCourse>.Shared.Rent(InitialCapacity);
    private int _count;

    public void Add(ScoredCourse course, float cut)
    {
        if (_count == _courses.Length)
        {
            _count = Compacted(cut);
            if (_count > _courses.Length / 2)
            {
                var larger = ArrayPool<ScoredCourse>.Shared.Rent(2 * _courses.Length);
                _courses.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<ScoredCourse>.Shared.Return(_courses);
                _courses = larger;
            }
        }

        _courses[_count++] = course;
    }

    /// <summary>The courses whose bound reaches <paramref name="cut"/>, in the order offered.</summary>
    public ReadOnlySpan<ScoredCourse> AtLeast(float cut)
    {
        _count = Compacted(cut);
        return _courses.AsSpan(0, _count);
    }

    public void Clear() => _count = 0;

    public void Dispose() => ArrayPool<ScoredCourse>.Shared.Return(_courses);

    private int Compacted(float cut)
    {
        var kept = 0;
        for (var index = 0; index < _count; index++)
        {
            if (_courses[index].Score >= cut)
            {
                _courses[kept++] = _courses[index];
            }
        }

        return kept;
    }
}
