namespace KnowledgePay.Infrastructure.Storage;

/// <summary>Files only the server's own user may read or write (mode 0600 on Unix): server keys and the embedded database.</summary>
public static class PrivateFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Options that create a new file for writing, failing when it already exists.</summary>
    public static FileStreamOptions CreateNewOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        return options;
    }

    /// <summary>Creates an empty private file unless one exists; a file someone else made in the meantime stays theirs.</summary>
    public static void EnsureExists(string path)
    {
        try
        {
            using var file = new FileStream(path, CreateNewOptions());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: that one is used as it is.
        }
    }
}
