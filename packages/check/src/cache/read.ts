// Reading goes through the project I/O layer: regular files only, under the size limit, errors
// naming the file. Re-exported here for the check's modules.
export { readShared } from '@dari/io';
