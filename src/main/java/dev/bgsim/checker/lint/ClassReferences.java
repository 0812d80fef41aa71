package dev.bgsim.checker.lint;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * What one class file refers to, read from its constant pool alone (no bytecode library): the
 * classes it names and the fields and methods it uses, as {@code java.awt.Frame} and
 * {@code dev.bgsim.sdk.BackgroundTaskInstance.addCanceledListener}. Enough to tell "never adds a
 * canceled listener" or "uses SystemTriggerType.SERVICING_COMPLETE" without running anything.
 *
 * @param className      this class, dotted ({@code tasks.Sync$1})
 * @param superclassName its superclass, dotted, or null for {@code java.lang.Object}'s own
 * @param classes        classes named in the constant pool, dotted (array types unwrapped)
 * @param members        fields and methods used, {@code owner.name}, dotted
 */
public record ClassReferences(String className, String superclassName, Set<String> classes, Set<String> members) {
    private static final int MAGIC = 0xCAFEBABE;

    public ClassReferences {
        classes = Set.copyOf(classes);
        members = Set.copyOf(members);
    }

    /** Reads a class file; an {@link IOException} says what is wrong with it. */
    public static ClassReferences read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (no CAFEBABE)");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] memberRef = new int[count][];
        int[][] nameAndType = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // longs and doubles take two slots
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11 -> memberRef[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> nameAndType[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> in.readInt();
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        String self = dotted(utf8[classNameIndex[in.readUnsignedShort()]]);
        int superIndex = in.readUnsignedShort();
        String superclass = superIndex == 0 ? null : dotted(utf8[classNameIndex[superIndex]]);
        Set<String> classes = new HashSet<>();
        Set<String> members = new HashSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                classes.add(dotted(utf8[classNameIndex[i]]));
            }
            if (memberRef[i] != null) {
                String owner = dotted(utf8[classNameIndex[memberRef[i][0]]]);
                members.add(owner + "." + utf8[nameAndType[memberRef[i][1]][0]]);
            }
        }
        return new ClassReferences(self, superclass, classes, members);
    }

    /** {@code java/awt/Frame} and {@code [Ljava/awt/Frame;} both become {@code java.awt.Frame}. */
    private static String dotted(String internal) {
        String name = internal;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.replace('/', '.');
    }
}
