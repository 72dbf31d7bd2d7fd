#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace dw {

// Finds a secret in files as they lie on disk: its UTF-8 and UTF-16 bytes and their hex and
// base64 spellings, so neither a text file nor a SQLite page hides it.
class SecretScan
{
public:
    static QList<QByteArray> spellings(const QString &secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(
            reinterpret_cast<const char *>(secret.utf16()), secret.size() * qsizetype(2));
        return { utf8, utf16, utf8.toHex(), utf8.toBase64() };
    }

    static bool contains(const QByteArray &bytes, const QString &secret)
    {
        for (const QByteArray &needle : spellings(secret)) {
            if (bytes.contains(needle))
                return true;
        }
        return false;
    }

    // Every file under `directory` (hidden ones and subfolders too) that holds the secret.
    static QStringList filesContaining(const QString &directory, const QString &secret)
    {
        QStringList found;
        QDirIterator it(
            directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && contains(file.readAll(), secret))
                found.append(file.fileName());
        }
        return found;
    }
};

} // namespace dw
